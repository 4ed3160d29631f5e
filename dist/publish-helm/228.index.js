export const id = 228;
export const ids = [228];
export const modules = {

/***/ 6228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DOCKER_CONFIG: () => (/* binding */ DOCKER_CONFIG),
/* harmony export */   DOCKER_LAYER_GZIP: () => (/* binding */ DOCKER_LAYER_GZIP),
/* harmony export */   DOCKER_MANIFEST: () => (/* binding */ DOCKER_MANIFEST),
/* harmony export */   DOCKER_MANIFEST_LIST: () => (/* binding */ DOCKER_MANIFEST_LIST),
/* harmony export */   HELM_CHART_LAYER: () => (/* binding */ HELM_CHART_LAYER),
/* harmony export */   HELM_CONFIG: () => (/* binding */ HELM_CONFIG),
/* harmony export */   HELM_PROVENANCE_LAYER: () => (/* binding */ HELM_PROVENANCE_LAYER),
/* harmony export */   INDEX_TYPES: () => (/* binding */ INDEX_TYPES),
/* harmony export */   MANIFEST_TYPES: () => (/* binding */ MANIFEST_TYPES),
/* harmony export */   OCI_CONFIG: () => (/* binding */ OCI_CONFIG),
/* harmony export */   OCI_EMPTY: () => (/* binding */ OCI_EMPTY),
/* harmony export */   OCI_INDEX: () => (/* binding */ OCI_INDEX),
/* harmony export */   OCI_LAYER_GZIP: () => (/* binding */ OCI_LAYER_GZIP),
/* harmony export */   OCI_MANIFEST: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   isIndexMediaType: () => (/* binding */ isIndexMediaType)
/* harmony export */ });
/** Media types of the OCI image spec, the Docker v2 formats and Helm 3.8+ charts. */
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const HELM_CONFIG = 'application/vnd.cncf.helm.config.v1+json';
const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const HELM_PROVENANCE_LAYER = 'application/vnd.cncf.helm.chart.provenance.v1.prov';
/** Every manifest type this client reads, the default `Accept` list. */
const MANIFEST_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
/** Index types: a list of per-platform manifests. */
const INDEX_TYPES = [OCI_INDEX, DOCKER_MANIFEST_LIST];
function isIndexMediaType(mediaType) {
    return INDEX_TYPES.includes(mediaType);
}


/***/ })

};
