export const id = 839;
export const ids = [839];
export const modules = {

/***/ 6839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validator: () => (/* binding */ validator)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51578);



let compiled;
/** The compiled config validator, built on first use (compiling costs a few ms). */
function validator() {
    if (!compiled) {
        const ajv = new (ajv__WEBPACK_IMPORTED_MODULE_2___default())({ allErrors: false, strict: true, allowUnionTypes: true });
        ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()(ajv, ['uri', 'email']);
        compiled = ajv.compile(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .configSchema */ .Q);
    }
    return compiled;
}


/***/ })

};
