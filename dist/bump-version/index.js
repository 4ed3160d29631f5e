import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 9158:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ REMOTE),
/* harmony export */   KS: () => (/* binding */ autoFromCommits),
/* harmony export */   fe: () => (/* binding */ resolvePicks),
/* harmony export */   rT: () => (/* binding */ lastReleaseBefore)
/* harmony export */ });
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7378);
/* harmony import */ var _lib_semver_version_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5731);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6820);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4937);




const REMOTE = 'origin';
/** The newest release tag whose commit is an ancestor of `start`: where this release's commits begin. */
async function lastReleaseBefore(git, start, tags, tagCommits) {
    await (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .unshallow */ .QG)(git, REMOTE);
    for (const t of (0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_1__/* .sortReleaseTags */ .r)(tags)) {
        const sha = tagCommits.get(t);
        if (!sha)
            continue;
        if (!(await (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureCommit */ .q$)(git, REMOTE, sha, `tag ${t}`).catch(() => undefined)))
            continue;
        if (await git.isAncestor(sha, start))
            return { tag: t, sha };
    }
    return {};
}
/** The kind of bump the conventional commits since the last release tag (reachable from `start`) ask for, and how many of them a release would list. */
async function autoFromCommits(git, start, last, current, opts = {}) {
    const records = await git.log(last.sha ? `${last.sha}..${start}` : start);
    if (records.length === 0 && opts.allowNone)
        return { kind: 'patch', count: 0, releasable: 0, ...(last.tag ? { since: last.tag } : {}) };
    if (records.length === 0)
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`version auto: there are no commits since ${last.tag}; nothing to release`);
    const { classifyCommits } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(674), __nccwpck_require__.e(659)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3659));
    const { entries } = classifyCommits(records.map((r) => ({ sha: r.sha, subject: r.subject, body: r.body, merge: r.parents.length > 1 })));
    // releasable: what a changelog section lists (not merges, release commits, chores, CI, docs…)
    const releasable = entries.filter((e) => e.section !== 'Documentation').length;
    return { kind: (0,_target_js__WEBPACK_IMPORTED_MODULE_3__/* .autoKind */ .mc)(entries, current), count: records.length, releasable, ...(last.tag ? { since: last.tag } : {}) };
}
/** Each cherry-pick as a full SHA with its subject; refused when unknown, repeated, or already in the start point. */
async function resolvePicks(git, shas, start) {
    const out = [];
    for (const given of shas) {
        const sha = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureCommit */ .q$)(git, REMOTE, given.toLowerCase(), 'cherry-pick commit').catch((err) => {
            throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${err.message}${given.length < 40 ? ' (give the full 40-character SHA of a commit that is not in this checkout)' : ''}`);
        });
        if (out.some((p) => p.sha === sha))
            throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`cherry-pick lists ${given} twice`);
        if (await git.isAncestor(sha, start.sha))
            throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`cherry-pick commit ${given} is already in ${start.label}; remove it from the list`);
        const subject = await git.out(['log', '-1', '--format=%s', '--end-of-options', sha]);
        out.push({ sha, subject });
    }
    return out;
}


/***/ }),

/***/ 6820:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ listPaths),
/* harmony export */   QG: () => (/* binding */ unshallow),
/* harmony export */   dM: () => (/* binding */ remoteRefs),
/* harmony export */   f4: () => (/* binding */ writeAll),
/* harmony export */   hs: () => (/* binding */ localTags),
/* harmony export */   m6: () => (/* binding */ readAt),
/* harmony export */   q$: () => (/* binding */ ensureCommit),
/* harmony export */   y1: () => (/* binding */ dirtyFiles)
/* harmony export */ });
/* unused harmony export parseLsRemote */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7378);
/* harmony import */ var _lib_git_push_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1369);
/**
 * The git side of bump-version, on the foundation's `Git`: what the remote has
 * (one `ls-remote`), file contents at a commit (one `cat-file --batch`), the paths
 * of a commit, and writing a set of files all together. Reading never changes a
 * ref or the work tree; fetching a missing commit only adds objects (FETCH_HEAD).
 */





/** Parses `git ls-remote --symref` output. */
function parseLsRemote(stdout) {
    const heads = new Map();
    const tags = new Map();
    let defaultBranch;
    for (const line of stdout.split('\n')) {
        const sym = /^ref: refs\/heads\/(\S+)\tHEAD$/.exec(line);
        if (sym) {
            defaultBranch = sym[1];
            continue;
        }
        const m = /^([0-9a-f]{40,64})\t(\S+)$/.exec(line);
        if (!m)
            continue;
        const [, sha = '', ref = ''] = m;
        if (ref.startsWith('refs/heads/'))
            heads.set(ref.slice('refs/heads/'.length), sha);
        else if (ref.startsWith('refs/tags/')) {
            const name = ref.slice('refs/tags/'.length);
            // `tag^{}` is the peeled commit of an annotated tag; it wins over the tag object.
            if (name.endsWith('^{}'))
                tags.set(name.slice(0, -3), sha);
            else if (!tags.has(name))
                tags.set(name, sha);
        }
    }
    return { ...(defaultBranch ? { defaultBranch } : {}), heads, tags };
}
async function remoteRefs(git, remote) {
    // a read: one lost in transport is sent again
    const r = await (0,_lib_git_push_js__WEBPACK_IMPORTED_MODULE_4__.readWithRetry)(() => git.git(['ls-remote', '--symref', '--', remote, 'HEAD', 'refs/heads/*', 'refs/tags/*'], { allowFailure: true }));
    if (r.exitCode !== 0) {
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`cannot read the branches and tags of ${remote}: ${(r.stderr || r.stdout).trim().split('\n').slice(-2).join(' ')}`);
    }
    return parseLsRemote(r.stdout);
}
/** Local tags (name → commit; '' for a tag that names no commit), for tags fetched but not (yet) on the remote. */
async function localTags(git) {
    return new Map([...(await git.tagCommits())].map(([name, sha]) => [name, sha ?? '']));
}
/** The full SHA of commit `ref` here, or undefined. */
async function commitHere(git, ref) {
    const r = await git.git(['rev-parse', '--verify', '-q', '--end-of-options', `${ref}^{commit}`], { allowFailure: true });
    return r.exitCode === 0 ? r.stdout.trim() : undefined;
}
/** Makes sure `sha` (a full SHA the remote advertised, or one a user gave) is here; fetches it by id when not. */
async function ensureCommit(git, remote, sha, what) {
    const here = await commitHere(git, sha);
    if (here)
        return here;
    const r = await git.git(['fetch', '-q', '--no-tags', '--no-write-fetch-head', '--', remote, sha], { allowFailure: true });
    const fetched = r.exitCode === 0 ? await commitHere(git, sha) : undefined;
    if (!fetched)
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`${what} ${sha} is not in this repository or on ${remote}${r.stderr ? `: ${r.stderr.trim().split('\n').pop()}` : ''}`);
    return fetched;
}
/** A shallow clone lacks the history `auto` and the changelog need: fetch the rest. */
async function unshallow(git, remote) {
    if ((await git.out(['rev-parse', '--is-shallow-repository'])) !== 'true')
        return;
    await git.git(['fetch', '-q', '--no-tags', '--no-write-fetch-head', '--unshallow', '--', remote]);
}
/** Every file path of `commit` (`/`-separated). */
async function listPaths(git, commit) {
    const out = (await git.git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', '--end-of-options', commit])).stdout;
    return out.split('\0').filter(Boolean);
}
/**
 * The text of `paths` at `commit`, in one `git cat-file --batch`; `undefined` for a
 * path that is not there (or is not a file).
 */
async function readAt(git, commit, paths) {
    const unique = [...new Set(paths)];
    const result = new Map();
    if (unique.length === 0)
        return result;
    const { stdout } = await git.git(['cat-file', '--batch'], { input: unique.map((p) => `${commit}:${p}\n`).join('') });
    const buf = Buffer.from(stdout, 'utf8');
    let at = 0;
    for (const path of unique) {
        const nl = buf.indexOf(0x0a, at);
        if (nl < 0)
            throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`git cat-file ended early while reading ${path} at ${commit}`);
        const header = buf.subarray(at, nl).toString('utf8');
        at = nl + 1;
        const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
        if (!m) {
            result.set(path, undefined); // `<name> missing` or `ambiguous`
            continue;
        }
        const size = Number(m[2]);
        const body = buf.subarray(at, at + size);
        at += size + 1;
        result.set(path, m[1] === 'blob' ? body.toString('utf8') : undefined);
    }
    return result;
}
/**
 * Writes every file or none: each goes to a temporary file beside it first, and only
 * when all of them are written are they renamed into place.
 */
async function writeAll(root, files) {
    const staged = [];
    try {
        for (const f of files) {
            const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, f.path);
            const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dest), `.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.bump-version.tmp`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, f.text, { flag: 'wx' });
            staged.push({ tmp, dest });
            // keep the mode (an executable script holding the version stays executable)
            const mode = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dest).then((s) => s.mode & 0o7777, () => undefined);
            if (mode !== undefined)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(tmp, mode);
        }
    }
    catch (err) {
        await Promise.all(staged.map((s) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(s.tmp, { force: true })));
        throw err;
    }
    for (const s of staged)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(s.tmp, s.dest);
}
/**
 * `git status --porcelain` lines of the work tree (empty when clean); undefined when
 * the folder is not a git work tree.
 */
async function dirtyFiles(git) {
    const r = await git.git(['status', '--porcelain', '--untracked-files=normal'], { allowFailure: true });
    if (r.exitCode !== 0)
        return undefined;
    const out = r.stdout.trimEnd();
    return out ? out.split('\n') : [];
}


/***/ }),

/***/ 4937:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseLine),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   PX: () => (/* binding */ startTag),
/* harmony export */   SI: () => (/* binding */ pullTitle),
/* harmony export */   Uk: () => (/* binding */ PATCH_KEYWORDS),
/* harmony export */   at: () => (/* binding */ branchName),
/* harmony export */   d6: () => (/* binding */ KEYWORDS),
/* harmony export */   mc: () => (/* binding */ autoKind),
/* harmony export */   wb: () => (/* binding */ isKeyword),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* unused harmony exports lineOf, lineText */
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7378);
/* harmony import */ var _lib_semver_release_commit_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3626);
/* harmony import */ var _lib_semver_version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5731);
/**
 * Where a bump starts and what it is called: the release line, the tag a hotfix or
 * backport starts from, the branch name, and the next version from a keyword. Pure.
 */



const MODES = ['release', 'hotfix', 'backport'];
const KEYWORDS = ['major', 'minor', 'patch', 'prerelease', 'auto'];
/** Keywords a hotfix or backport accepts: both are patch releases of an existing line. */
const PATCH_KEYWORDS = ['patch', 'prerelease'];
function isKeyword(value) {
    return KEYWORDS.includes(value);
}
const LINE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?)?$/;
/** `0.3`, `v0.3`, `v0.3.1` → the 0.3 line; undefined for anything else. */
function parseLine(text) {
    const m = LINE.exec(text.trim());
    return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
}
function lineOf(version) {
    const line = parseLine((0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_2__/* .stripV */ .tQ)(version));
    if (!line)
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`expected a version, got ${JSON.stringify(version)}`);
    return line;
}
function lineText(line) {
    return `${line.major}.${line.minor}`;
}
function sameLine(a, b) {
    return a.major === b.major && a.minor === b.minor;
}
/** The branch holding the bump: `release-v0.5.0` (prefix configurable), `hotfix-v0.4.2`, `backport-v0.3.2`. */
function branchName(mode, version, releasePrefix = 'release-v') {
    const v = (0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_2__/* .stripV */ .tQ)(version);
    if (mode === 'hotfix')
        return `hotfix-v${v}`;
    if (mode === 'backport')
        return `backport-v${v}`;
    return `${releasePrefix}${v}`;
}
/** The release pull request's title; the changelog recognises it (lib/semver/release-commit.ts) and leaves it out. */
function pullTitle(mode, version) {
    return (0,_lib_semver_release_commit_js__WEBPACK_IMPORTED_MODULE_1__/* .releasePullTitle */ .xs)(mode, version);
}
/**
 * The release tag a hotfix or backport starts from: the newest release of the line
 * named by `base`, else of the explicit version's line, else (hotfix with a keyword)
 * the newest line released.
 */
function startTag(req) {
    const explicit = !isKeyword(req.version);
    const baseLine = req.base ? parseLine(req.base) : undefined;
    if (req.base && !baseLine)
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`input 'base': expected a release line like 0.3, v0.3 or v0.3.1, got ${JSON.stringify(req.base)}`);
    let line;
    if (explicit) {
        line = lineOf(req.version);
        if (baseLine && !sameLine(baseLine, line)) {
            throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`version ${req.version} is not in the ${lineText(baseLine)} line named by base; expected a ${lineText(baseLine)}.x version, or leave base empty`);
        }
    }
    else if (baseLine) {
        line = baseLine;
    }
    else if (req.mode === 'hotfix') {
        const newest = (0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_2__/* .sortReleaseTags */ .r)(req.tags)[0];
        if (!newest)
            throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('a hotfix starts from the latest release tag, and the repository has no release tag (vX.Y.Z)');
        line = lineOf(newest);
    }
    else {
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`a backport of version '${req.version}' needs the line to start from: set base (e.g. 0.3) or give an explicit version`);
    }
    const tag = (0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_2__/* .latestInLine */ .rC)(req.tags, `${line.major}.${line.minor}.0`);
    if (!tag) {
        const known = (0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_2__/* .sortReleaseTags */ .r)(req.tags).slice(0, 5);
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`a ${req.mode} starts from the latest release tag of the ${lineText(line)} line, and there is none (release tags: ${known.length ? known.join(', ') : 'none'})`);
    }
    return { tag, line };
}
/**
 * The step `auto` takes: a breaking change → major (minor while the major is 0),
 * a `feat` → minor, conventional fixes and chores only → patch. Commits of which none
 * says what it is (WVA's `Merge pull request #242 from …`, `update helm config`) promise
 * no "fixes only": minor.
 */
function autoKind(commits, current) {
    if (commits.some((c) => c.breaking))
        return lineOf(current).major === 0 ? 'minor' : 'major';
    if (commits.some((c) => c.type === 'feat' || c.type === 'feature'))
        return 'minor';
    if (commits.length > 0 && commits.every((c) => c.type === null))
        return 'minor';
    return 'patch';
}
/** The new version (no `v`) from the `version` input and the current version. */
function nextVersion(input, current, opts = {}) {
    if (!isKeyword(input))
        return (0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_2__/* .stripV */ .tQ)(input);
    if (input === 'auto') {
        if (!opts.auto)
            throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('version auto needs the commits since the last release');
        return (0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_2__/* .bump */ .$p)(current, opts.auto);
    }
    return (0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_2__/* .bump */ .$p)(current, input, opts.preid ?? 'rc');
}


/***/ }),

/***/ 7227:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  br: () => (/* binding */ BOT_IDENTITY),
  TU: () => (/* binding */ Git),
  io: () => (/* binding */ assertRef),
  d7: () => (/* binding */ isNonFastForward)
});

// UNUSED EXPORTS: LogReader, ProcessError

// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __nccwpck_require__(7378);
// EXTERNAL MODULE: ./actions/lib/runner/tuning.ts
var tuning = __nccwpck_require__(4100);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./actions/lib/process/exec.ts

class ProcessError extends errors/* ActionError */.lZ {
    command;
    exitCode;
    stderr;
    stdout;
    constructor(command, exitCode, stderr, stdout) {
        super(`${command} exited with ${exitCode}${stderrTail(stderr || stdout) ? `: ${stderrTail(stderr || stdout)}` : ''}`);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.stdout = stdout;
    }
}
/** The last lines of a stream, enough to say why a command failed without flooding the log. */
function stderrTail(text, lines = 8, chars = 2000) {
    const tail = text.trimEnd().split('\n').slice(-lines).join('\n');
    return tail.length > chars ? `...${tail.slice(-chars)}` : tail;
}
/** How a command is shown in errors: arguments quoted where needed, never evaluated. */
function displayCommand(cmd, args) {
    return [cmd, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}
/** This process's environment with `extra` on top; an undefined value removes a variable. */
function childEnv(extra = {}) {
    const env = {};
    for (const [k, v] of Object.entries({ ...process.env, ...extra }))
        if (v !== undefined)
            env[k] = v;
    return env;
}
async function run(cmd, args, opts = {}) {
    const { getExecOutput } = await __nccwpck_require__.e(/* import() */ 260).then(__nccwpck_require__.bind(__nccwpck_require__, 1260));
    const env = childEnv(opts.env);
    const result = await getExecOutput(cmd, [...args], {
        cwd: opts.cwd,
        env,
        input: opts.input === undefined ? undefined : Buffer.from(opts.input),
        ignoreReturnCode: true,
        silent: !opts.echo,
    });
    if (result.exitCode !== 0 && !opts.allowFailure) {
        throw new ProcessError(displayCommand(cmd, args), result.exitCode, result.stderr, result.stdout);
    }
    return result;
}
/**
 * A command whose standard output is megabytes (`git log` over a long history), read as
 * it arrives so the caller can work while the command still runs. Not through
 * @actions/exec, which splits every chunk into lines and decodes it twice. Argument
 * array only, no shell; a non-zero exit throws the same ProcessError as {@link run}.
 */
async function stream(cmd, args, opts) {
    const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
    const child = spawn(cmd, [...args], { cwd: opts.cwd, env: childEnv(opts.env), shell: false, stdio: ['ignore', 'pipe', 'pipe'] });
    const stderr = [];
    let stderrBytes = 0;
    child.stdout.on('data', (chunk) => opts.onData(chunk));
    child.stderr.on('data', (chunk) => {
        // enough to say why it failed; a chatty command cannot fill memory
        if (stderrBytes < 64 * 1024)
            stderr.push(chunk);
        stderrBytes += chunk.length;
    });
    const exitCode = await new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    }).catch((err) => {
        throw new ProcessError(displayCommand(cmd, args), 127, err.message, '');
    });
    if (exitCode !== 0)
        throw new ProcessError(displayCommand(cmd, args), exitCode, Buffer.concat(stderr).toString('utf8'), '');
}
/**
 * A short command's whole output, spawned at once. {@link run} goes through @actions/exec, whose
 * chunk is loaded on first use and which looks the command up in PATH with asynchronous file
 * checks before it spawns: while an action's modules compile, those wait, and so does the
 * command. The reads an action starts before its modules load (the changelog's refs) use this,
 * so git runs while they compile. Argument array only, no shell; failures as {@link run}'s.
 */
async function capture(cmd, args, opts = {}) {
    const out = [];
    const stdout = () => Buffer.concat(out).toString('utf8');
    try {
        await stream(cmd, args, { cwd: opts.cwd, env: opts.env, onData: (chunk) => void out.push(chunk) });
    }
    catch (err) {
        if (!(err instanceof ProcessError))
            throw err;
        if (opts.allowFailure && err.exitCode !== 127)
            return { exitCode: err.exitCode, stdout: stdout(), stderr: err.stderr };
        throw new ProcessError(err.command, err.exitCode, err.stderr, stdout());
    }
    return { exitCode: 0, stdout: stdout(), stderr: '' };
}

;// CONCATENATED MODULE: ./actions/lib/git/git.ts




const BOT_IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
const FIELD = '\x1f';
const RECORD = '\x1e';
/**
 * Git through argument arrays. Refs and ranges go after `--end-of-options` (or
 * before `--` for paths), so a ref that starts with `-` is never an option.
 */
class Git {
    cwd;
    options;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.options = options;
    }
    env() {
        const env = { GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', LC_ALL: 'C', ...stallLimit(), ...this.options.env };
        const { token, serverUrl } = this.options;
        if (token) {
            const base = (serverUrl ?? process.env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/?$/, '/');
            const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
            // An empty value first resets headers stored by actions/checkout for the same URL, so
            // exactly one Authorization header is sent.
            Object.assign(env, {
                GIT_CONFIG_COUNT: '2',
                GIT_CONFIG_KEY_0: `http.${base}.extraheader`,
                GIT_CONFIG_VALUE_0: '',
                GIT_CONFIG_KEY_1: `http.${base}.extraheader`,
                GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
            });
        }
        return env;
    }
    identityArgs() {
        const id = this.options.identity ?? BOT_IDENTITY;
        return ['-c', `user.name=${id.name}`, '-c', `user.email=${id.email}`];
    }
    async git(args, opts = {}) {
        return run('git', args, { cwd: this.cwd, env: this.env(), ...opts });
    }
    async out(args) {
        return (await this.git(args)).stdout.trim();
    }
    /** The commit a ref points at, or undefined when the ref does not exist. */
    async resolve(ref) {
        const r = await this.git(['rev-parse', '--verify', '-q', '--end-of-options', `${ref}^{commit}`], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    /**
     * Whether this is a repository, whether it is shallow, and the commit at HEAD, from one
     * `rev-parse`; null when it is not a repository. HEAD is undefined in a repository
     * without a commit (git still answers the shallow question then, and exits 1).
     */
    async probe() {
        // spawned at once (capture), not after @actions/exec loads: the changelog starts this first thing
        const r = await capture('git', ['rev-parse', '--is-shallow-repository', '--verify', '-q', '--end-of-options', 'HEAD^{commit}'], { cwd: this.cwd, env: this.env(), allowFailure: true });
        const [shallow, head] = r.stdout.trim().split('\n');
        if (shallow !== 'true' && shallow !== 'false')
            return null;
        return { shallow: shallow === 'true', head: r.exitCode === 0 && head ? head : undefined };
    }
    async head() {
        return this.out(['rev-parse', 'HEAD']);
    }
    async currentBranch() {
        const r = await this.git(['symbolic-ref', '-q', '--short', 'HEAD'], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    async tags() {
        const out = await this.out(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags']);
        return out ? out.split('\n') : [];
    }
    /** Whether a tag is annotated (a tag object) rather than lightweight. */
    async tagType(tag) {
        const r = await this.git(['cat-file', '-t', '--end-of-options', `refs/tags/${tag}`], { allowFailure: true });
        if (r.exitCode !== 0)
            return undefined;
        return r.stdout.trim() === 'tag' ? 'annotated' : 'lightweight';
    }
    async isClean() {
        return (await this.out(['status', '--porcelain', '--untracked-files=normal'])) === '';
    }
    async isAncestor(ancestor, descendant) {
        const r = await this.git(['merge-base', '--is-ancestor', '--', ancestor, descendant], { allowFailure: true });
        return r.exitCode === 0;
    }
    /** Commits in `range` (e.g. `v0.4.1..HEAD`), newest first. */
    async log(range, opts = {}) {
        const out = [];
        await this.logEach(range, (c) => void out.push(c), opts);
        return out;
    }
    /** Each commit of `range`, newest first, handed over while git is still reading the history. */
    async logEach(range, onCommit, opts = {}) {
        const reader = new LogReader(onCommit);
        await this.logChunks(range, (chunk) => reader.push(chunk), opts);
        reader.end();
    }
    /** `git log` of `range` in {@link LogReader}'s format, as the bytes arrive (for a caller that is not ready to read commits yet). */
    async logChunks(range, onData, opts = {}) {
        const format = ['%H', '%P', '%s', '%b'].join(FIELD) + RECORD;
        const args = ['log', `--format=${format}`, ...(opts.firstParent ? ['--first-parent'] : []), '--end-of-options', range, '--', ...(opts.paths ?? [])];
        // GIT_FLUSH=0: git flushes its output after every commit into a pipe otherwise, one
        // write (and one wake-up of this process) per commit
        await stream('git', args, { cwd: this.cwd, env: { ...this.env(), GIT_FLUSH: '0' }, onData });
    }
    /** Every tag with the commit it names (peeled), in one `for-each-ref`; undefined when it names no commit directly. */
    async tagCommits() {
        const out = (await capture('git', ['for-each-ref', '--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)', 'refs/tags'], { cwd: this.cwd, env: this.env() })).stdout.trim();
        const tags = new Map();
        for (const line of out ? out.split('\n') : []) {
            const [name = '', type, sha, peeledType, peeled] = line.split('\0');
            tags.set(name, type === 'commit' ? sha : peeledType === 'commit' ? peeled : undefined);
        }
        return tags;
    }
    async show(ref, path) {
        const r = await this.git(['show', '--end-of-options', `${ref}:${path}`], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout : undefined;
    }
    async fetch(remote, refspecs, opts = {}) {
        await this.git(['fetch', '--no-tags', ...(opts.force ? ['--force'] : []), ...(opts.depth ? [`--depth=${opts.depth}`] : []), '--', remote, ...refspecs]);
    }
    async push(remote, refspecs, opts = {}) {
        return this.git(['push', '--porcelain', ...(opts.atomic ? ['--atomic'] : []), '--', remote, ...refspecs], { allowFailure: true });
    }
    /** Stages `paths` and commits with a sign-off; returns the new commit. */
    async commit(message, opts = {}) {
        if (opts.paths && opts.paths.length > 0)
            await this.git(['add', '--', ...opts.paths]);
        const sign = opts.signingKey ? [`--gpg-sign=${opts.signingKey}`] : ['--no-gpg-sign'];
        await this.git([...this.identityArgs(), 'commit', '-q', ...(opts.signOff === false ? [] : ['--signoff']), ...sign, ...(opts.allowEmpty ? ['--allow-empty'] : []), '-F', '-'], {
            input: message,
        });
        return this.head();
    }
    /** An annotated tag, signed when a key is given. */
    async tag(name, message, opts = {}) {
        const sign = opts.signingKey ? ['-s', '-u', opts.signingKey] : ['-a'];
        await this.git([...this.identityArgs(), 'tag', ...sign, '-F', '-', '--', name, ...(opts.target ? [opts.target] : [])], { input: message });
    }
    /** Creates (or resets) `branch` at `startPoint` and checks it out. */
    async switchNew(branch, startPoint) {
        // checkout takes no --end-of-options here; assertRef keeps both from being options.
        await this.git(['checkout', '-q', '-B', assertRef(branch), assertRef(startPoint), '--']);
    }
    /** Resets the work tree and the current branch to `ref`. */
    async resetHard(ref) {
        await this.git(['reset', '-q', '--hard', assertRef(ref), '--']);
    }
    /**
     * Cherry-picks `shas` in order. On a conflict the pick is aborted, the work
     * tree is left as before, and the error names the commit and the files.
     */
    async cherryPick(shas) {
        for (const sha of shas) {
            const r = await this.git([...this.identityArgs(), 'cherry-pick', '-x', '--allow-empty', '--end-of-options', sha], { allowFailure: true });
            if (r.exitCode !== 0) {
                const conflicted = (await this.git(['diff', '--name-only', '--diff-filter=U'], { allowFailure: true })).stdout.trim().split('\n').filter(Boolean);
                await this.git(['cherry-pick', '--abort'], { allowFailure: true });
                throw new errors/* ActionError */.lZ(`cherry-pick of ${sha} failed${conflicted.length ? ` with conflicts in ${conflicted.join(', ')}` : ''}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}. Resolve it on a branch by hand, or pick a different commit.`);
            }
        }
    }
    /**
     * Adds a worktree for `branch` in `dir`, so that another branch (e.g. the pages
     * branch) is edited without touching the caller's checkout.
     */
    async addWorktree(dir, ref, opts = {}) {
        if (opts.orphanBranch) {
            await this.git(['worktree', 'add', '--detach', '--', dir]);
            const wt = new Git(dir, this.options);
            await wt.git(['checkout', '-q', '--orphan', opts.orphanBranch]);
            await wt.git(['rm', '-rfq', '--ignore-unmatch', '.']);
            return wt;
        }
        await this.git(['worktree', 'add', ...(opts.detach ? ['--detach'] : []), '--', dir, ref]);
        return new Git(dir, this.options);
    }
    async removeWorktree(dir) {
        await this.git(['worktree', 'remove', '--force', '--', dir], { allowFailure: true });
    }
}
/**
 * git over HTTP has no timeout of its own: a server that accepts the connection and never
 * answers holds the job until the runner kills it. A transfer slower than 1 byte/s for the
 * per-attempt timeout (RELEASE_ACTIONS_REQUEST_TIMEOUT_MS, runner/tuning.ts; whole seconds) is
 * aborted, so the run fails with git's "Operation too slow" and can be re-run.
 */
function stallLimit() {
    const seconds = Math.max(1, Math.ceil((0,tuning/* requestTimeoutMs */.Hl)() / 1000));
    return { GIT_HTTP_LOW_SPEED_LIMIT: '1', GIT_HTTP_LOW_SPEED_TIME: String(seconds) };
}
/** A ref or branch name that cannot be read as an option or a path trick. */
function assertRef(ref) {
    if (!ref || ref.startsWith('-') || /[\s~^:?*[\\]|\.\.|@\{|\/\/|\.lock$|\/$/.test(ref))
        throw new errors/* ActionError */.lZ(`expected a git ref name, got ${JSON.stringify(ref)}`);
    return ref;
}
/** `git log` output in the format of {@link Git.logEach}, chunk by chunk (a record or a character may span chunks). */
class LogReader {
    onCommit;
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    rest = '';
    constructor(onCommit) {
        this.onCommit = onCommit;
    }
    push(chunk) {
        const parts = (typeof chunk === 'string' ? chunk : this.decoder.write(chunk)).split(RECORD);
        // only the record the last chunk cut is joined, not the whole chunk copied behind it
        parts[0] = this.rest + parts[0];
        this.rest = parts.pop();
        for (const raw of parts)
            this.record(raw);
    }
    end() {
        const last = this.rest + this.decoder.end();
        this.rest = '';
        this.record(last);
    }
    record(raw) {
        // git ends each formatted commit with a newline, so every record after the first starts with one
        const start = raw.charCodeAt(0) === 10 ? 1 : 0;
        if (raw.length === start)
            return;
        // the fields as `split(FIELD)` would cut them (the fourth ends at a fifth separator, if any),
        // by position: split is a runtime call and an array per commit, ten thousand times over
        const a = fieldEnd(raw, start);
        const b = fieldEnd(raw, a + 1);
        const c = fieldEnd(raw, b + 1);
        const parents = raw.slice(a + 1, b);
        this.onCommit({ sha: raw.slice(start, a), parents: parentList(parents), subject: raw.slice(b + 1, c), body: raw.slice(c + 1, fieldEnd(raw, c + 1)).trimEnd() });
    }
}
/** Where the field that starts at `from` ends: the next separator, else the end of the record. */
function fieldEnd(record, from) {
    const at = record.indexOf(FIELD, from);
    return at === -1 ? record.length : at;
}
/** `%P`: no parent (a root), one (most commits) or several (a merge). */
function parentList(parents) {
    if (parents === '')
        return [];
    return parents.includes(' ') ? parents.split(' ') : [parents];
}
/** A push refused because the remote moved on (a concurrent writer), not for lack of rights. */
function isNonFastForward(result) {
    const text = `${result.stdout}\n${result.stderr}`;
    return /\[rejected\]|non-fast-forward|fetch first|\(stale info\)|cannot lock ref|failed to update ref/.test(text) && !/protected branch|pre-receive hook declined|permission/i.test(text);
}



/***/ }),

/***/ 1369:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   isTransportFailure: () => (/* binding */ isTransportFailure),
/* harmony export */   pushCommitWithRetry: () => (/* binding */ pushCommitWithRetry),
/* harmony export */   pushWithLease: () => (/* binding */ pushWithLease),
/* harmony export */   pushWithRetry: () => (/* binding */ pushWithRetry),
/* harmony export */   readWithRetry: () => (/* binding */ readWithRetry)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7378);
/* harmony import */ var _runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4100);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7227);



/**
 * Pushes HEAD to `branch`. When the remote refuses because it moved on, it
 * fetches the new tip, resets onto it, re-applies the change and tries again, a
 * bounded number of times. It never force-pushes: a concurrent writer's commit is
 * never lost. A push the transport lost (a 5xx or 429, a reset or stalled
 * connection) is sent again as it was. Any other refusal (protected branch, no
 * rights) fails at once.
 */
async function pushWithRetry(git, opts) {
    return retryPush(opts, {
        send: () => git.push(opts.remote, [`HEAD:refs/heads/${opts.branch}`]),
        moved: async () => {
            await git.fetch(opts.remote, [`+refs/heads/${opts.branch}:refs/remotes/${opts.remote}/${opts.branch}`]);
            await git.resetHard(`refs/remotes/${opts.remote}/${opts.branch}`);
            return opts.reapply();
        },
    });
}
/** {@link pushWithRetry} for a commit made without a work tree: nothing is checked out or reset. */
async function pushCommitWithRetry(git, opts) {
    let commit = opts.commit;
    const tracking = `refs/remotes/${opts.remote}/${opts.branch}`;
    const result = await retryPush(opts, {
        send: () => git.push(opts.remote, [`${commit}:refs/heads/${opts.branch}`]),
        moved: async () => {
            await git.fetch(opts.remote, [`+refs/heads/${opts.branch}:${tracking}`]);
            const next = await opts.rebuild(await git.out(['rev-parse', '--verify', '--end-of-options', `${tracking}^{commit}`]));
            if (next === undefined)
                return false;
            commit = next;
            return true;
        },
    });
    return { ...result, commit };
}
async function retryPush(opts, steps) {
    const attempts = opts.attempts ?? 5;
    const backoff = opts.backoffMs ?? ((n) => 250 * n);
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const result = await steps.send();
        if (result.exitCode === 0)
            return { attempts: attempt, pushed: true };
        const transport = !(0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .isNonFastForward */ .d7)(result) && isTransportFailure(result);
        if (!(0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .isNonFastForward */ .d7)(result) && !transport) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`push to ${opts.branch} was refused: ${gitError(result)}`);
        }
        if (attempt === attempts) {
            if (transport)
                throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`push to ${opts.branch} failed ${attempts} times: ${gitError(result)}; re-run the job to try again (a push that landed is found up to date)`);
            break;
        }
        await new Promise((r) => setTimeout(r, (0,_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__/* .scaledWait */ .gI)(backoff(attempt))));
        // The same commit again: a push whose answer was lost after it landed is now up to date.
        if (transport)
            continue;
        if (!(await steps.moved()))
            return { attempts: attempt, pushed: false };
    }
    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`push to ${opts.branch} was rejected ${attempts} times because the branch kept moving; re-run the job to try again (nothing was lost)`);
}
/**
 * The push never got an answer from git on the other side: an HTTP error status, a
 * connection reset or closed, or a transfer that stalled past its limit (git/git.ts).
 */
function isTransportFailure(result) {
    const text = `${result.stdout}\n${result.stderr}`;
    if (/\[remote rejected\]|pre-receive hook declined|protected branch|permission|denied/i.test(text))
        return false;
    return /RPC failed|the remote end hung up|unexpected disconnect|returned error: (5\d\d|429)|Empty reply from server|Connection reset|Operation too slow|Failed to connect|timed out/i.test(text);
}
/** git's own lines about what went wrong, without the progress and summary lines around them. */
function gitError(result) {
    const lines = `${result.stderr}\n${result.stdout}`.split('\n').map((l) => l.trim());
    const told = lines.filter((l) => /^(error|fatal|remote|!)\b|^!|\[(remote )?rejected\]/.test(l));
    return (told.length > 0 ? told : lines.filter(Boolean)).slice(-4).join(' ');
}
/**
 * A read (ls-remote, fetch) that the transport lost is sent again, `attempts` times at most;
 * anything else git says is its answer. Reads change nothing, so sending one again is safe.
 */
async function readWithRetry(read, attempts = 3, backoffMs = (n) => 250 * n) {
    for (let attempt = 1;; attempt++) {
        const result = await read();
        if (result.exitCode === 0 || attempt >= attempts || !isTransportFailure(result))
            return result;
        await new Promise((r) => setTimeout(r, (0,_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__/* .scaledWait */ .gI)(backoffMs(attempt))));
    }
}
/**
 * Moves a branch the caller owns to `commit`, replacing whatever it held, but only if the
 * remote still holds `expected` (`--force-with-lease` on that exact value, never a blind
 * force): a commit pushed meanwhile by someone else is refused, not lost. A push whose answer
 * the transport lost is sent again; found already at `commit`, it counts as done.
 */
async function pushWithLease(git, opts) {
    const ref = `refs/heads/${opts.branch}`;
    const lease = `--force-with-lease=${ref}:${opts.expected ?? ''}`;
    const attempts = opts.attempts ?? 3;
    for (let attempt = 1;; attempt++) {
        const result = await git.git(['push', '--porcelain', lease, '--', opts.remote, `${opts.commit}:${ref}`], { allowFailure: true });
        if (result.exitCode === 0)
            return;
        const now = await remoteTip(git, opts.remote, ref);
        if (now === opts.commit)
            return;
        if (isTransportFailure(result) && attempt < attempts) {
            await new Promise((r) => setTimeout(r, (0,_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__/* .scaledWait */ .gI)(250 * attempt)));
            continue;
        }
        if (now !== opts.expected) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`branch ${opts.branch} moved while this run worked (read ${opts.expected?.slice(0, 12) ?? 'absent'}, now ${now?.slice(0, 12) ?? 'absent'}); nothing was overwritten: re-run to look at it again`);
        }
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`push to ${opts.branch} was refused: ${gitError(result)}`);
    }
}
async function remoteTip(git, remote, ref) {
    const r = await readWithRetry(() => git.git(['ls-remote', '--', remote, ref], { allowFailure: true }));
    return r.exitCode === 0 ? r.stdout.split('\t')[0]?.trim() || undefined : undefined;
}


/***/ }),

/***/ 11:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uo: () => (/* binding */ stdout),
/* harmony export */   dK: () => (/* binding */ mask),
/* harmony export */   fE: () => (/* binding */ formatCommand),
/* harmony export */   fz: () => (/* binding */ annotate)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Workflow commands (`::name key=value::message`) with the escaping the runner expects.
 * Masking a secret and reporting the error are here because an action needs them before
 * it has validated its inputs; core.ts builds the log, outputs and summary on them.
 */

function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        // as the runner's toolkit does: a property without a value (or 0) is left out
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
/** A line to the step's log, ended as the runner's toolkit ends it. */
const stdout = (line) => void process.stdout.write(`${line}${node_os__WEBPACK_IMPORTED_MODULE_0__.EOL}`);
/** Asks the runner to hide `value` in every later log line. */
function mask(value, write = stdout) {
    if (!value)
        return;
    write(formatCommand('add-mask', {}, value));
    // A multi-line secret is also masked line by line, as the runner matches per line.
    for (const line of value.split(/\r?\n/))
        if (line && line !== value)
            write(formatCommand('add-mask', {}, line));
}
function annotate(level, message, where = {}, write = stdout) {
    write(formatCommand(level, { title: where.title, file: where.file, line: where.line, col: where.col }, message));
}


/***/ }),

/***/ 7378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* binding */ RemoteError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   f6: () => (/* binding */ FileError),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
/**
 * Errors that know where the problem is, so that the runner can print one
 * `::error::` annotation that names the input, or the file and line.
 */
class ActionError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** A workflow input has a value the action cannot use. */
class InputError extends ActionError {
    input;
    constructor(input, message) {
        super(`input '${input}': ${message}`);
        this.input = input;
    }
}
/** A file in the repository has content the action cannot use; line is 1-based. */
class FileError extends ActionError {
    file;
    line;
    column;
    constructor(file, message, line, column) {
        super(`${file}${line ? `:${line}` : ''}: ${message}`);
        this.file = file;
        this.line = line;
        this.column = column;
    }
}
/** A remote (GitHub, registry, webhook) refused or failed; what was asked is in the message. */
class RemoteError extends ActionError {
    status;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}


/***/ }),

/***/ 4100:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ retryScale),
/* harmony export */   Hl: () => (/* binding */ requestTimeoutMs),
/* harmony export */   gI: () => (/* binding */ scaledWait)
/* harmony export */ });
/* unused harmony exports RETRY_SCALE, REQUEST_TIMEOUT_MS, readSetting */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7378);
/**
 * The suite's tuning settings, read from the environment here and nowhere else, with one rule:
 * unset or blank means the default; anything else must be a plain decimal number in range, or
 * the run stops with an ActionError naming the variable, what it expects and its default — a
 * typo must not silently turn a test's millisecond waits into real ones, or the other way round.
 *
 * | variable | what | default |
 * | --- | --- | --- |
 * | `RELEASE_ACTIONS_RETRY_SCALE` | multiplies every wait between attempts (GitHub client back-off and rate-limit waits, registry and webhook retries, push retries, polling); `0` waits not at all | 1 |
 * | `RELEASE_ACTIONS_REQUEST_TIMEOUT_MS` | per-attempt limit of one request (GitHub API, registries, webhooks; for git over HTTP the stall limit, in whole seconds) | 60000 |
 *
 * Only the waits are scaled, never a deadline the user set (verify-release's `timeout`).
 */

const RETRY_SCALE = { name: 'RELEASE_ACTIONS_RETRY_SCALE', what: 'a number ≥ 0 that multiplies every wait between attempts', fallback: 1, min: 0 };
const REQUEST_TIMEOUT_MS = { name: 'RELEASE_ACTIONS_REQUEST_TIMEOUT_MS', what: 'a number of milliseconds > 0, the limit of one request attempt', fallback: 60_000, min: 0, above: true };
const DECIMAL = /^\s*(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i;
/** The setting's value in `env`, by the one rule. */
function readSetting(setting, env = process.env) {
    const raw = env[setting.name];
    if (raw === undefined || raw.trim() === '')
        return setting.fallback;
    const value = DECIMAL.test(raw) ? Number(raw) : NaN;
    const inRange = setting.above ? value > setting.min : value >= setting.min;
    if (!Number.isFinite(value) || !inRange) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${setting.name} must be ${setting.what} (default ${setting.fallback}), got ${JSON.stringify(raw.slice(0, 40))}: unset it, or set a number`);
    }
    return value;
}
/** RELEASE_ACTIONS_RETRY_SCALE: the multiplier of every wait between attempts (default 1). */
function retryScale(env = process.env) {
    return readSetting(RETRY_SCALE, env);
}
/** RELEASE_ACTIONS_REQUEST_TIMEOUT_MS: the limit of one request attempt in ms (default 60 000). */
function requestTimeoutMs(env = process.env) {
    return readSetting(REQUEST_TIMEOUT_MS, env);
}
/** `ms` multiplied by the retry scale, rounded: what to wait before the next attempt. */
function scaledWait(ms, env = process.env) {
    return Math.round(ms * retryScale(env));
}


/***/ }),

/***/ 3626:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N$: () => (/* binding */ isReleaseCommit),
/* harmony export */   r4: () => (/* binding */ bumpCommitMessage),
/* harmony export */   xs: () => (/* binding */ releasePullTitle)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5731);
/**
 * The texts of the suite's own release commits, built and recognised in one place:
 * the release pull request's title (what a squash merge makes the commit's subject,
 * with ` (#N)` after it) and the bump commit's message. bump-version builds them with
 * the functions below and the changelog leaves out what {@link isReleaseCommit}
 * recognises, so a release never lists the previous release as a change.
 */

/** The word of each mode's pull request title, as the release process writes them ("Release v0.x.0", "Hotfix v0.x.1"). */
const TITLE_WORDS = { release: 'Release', hotfix: 'Hotfix', backport: 'Backport' };
const BUMP_PREFIX = 'chore: bump version to ';
/** `Release v0.5.0`, `Hotfix v0.4.2`, `Backport v0.3.2`. */
function releasePullTitle(mode, version) {
    return `${TITLE_WORDS[mode]} v${(0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .stripV */ .tQ)(version)}`;
}
/** `chore: bump version to v0.5.0`, the subject of the commit that moves every version reference. */
function bumpCommitMessage(version) {
    return `${BUMP_PREFIX}v${(0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .stripV */ .tQ)(version)}`;
}
const PULL_TITLE = new RegExp(`^(?:${Object.values(TITLE_WORDS).join('|')}) v(\\S+)$`);
const SQUASH_SUFFIX = /\s+\(#\d+\)$/;
const RELEASE_START = new RegExp(`^(?:${Object.values(TITLE_WORDS).join('|')}|${BUMP_PREFIX.trimEnd()}) v`);
/**
 * Whether a commit subject (or a pull request title) is one of the texts above, for a
 * valid version, optionally followed by the ` (#N)` of a squash merge. Exact on
 * purpose: `Release v0.5.0 notes draft` or `fix: release v0.5.0 tag` are changes.
 */
function isReleaseCommit(subject) {
    const trimmed = subject.trim();
    // every text above starts so (a squash suffix is only ever cut from the end): the rest of a long history is passed over
    if (!RELEASE_START.test(trimmed))
        return false;
    const text = trimmed.replace(SQUASH_SUFFIX, '');
    const version = PULL_TITLE.exec(text)?.[1] ?? (text.startsWith(`${BUMP_PREFIX}v`) ? text.slice(BUMP_PREFIX.length + 1) : undefined);
    return version !== undefined && (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .isVersion */ .lF)(version) && !version.startsWith('v');
}


/***/ }),

/***/ 5731:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ bump),
/* harmony export */   Ec: () => (/* binding */ versionProblem),
/* harmony export */   SP: () => (/* binding */ inStyleOf),
/* harmony export */   W8: () => (/* binding */ previousTag),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   cC: () => (/* binding */ releaseType),
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   lF: () => (/* binding */ isVersion),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   r: () => (/* binding */ sortReleaseTags),
/* harmony export */   rC: () => (/* binding */ latestInLine),
/* harmony export */   tQ: () => (/* binding */ stripV)
/* harmony export */ });
/* unused harmony export isNewestStable */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Versions as the suite accepts them: SemVer 2 `X.Y.Z` with an optional
 * prerelease, an optional leading `v`, and nothing else. Build metadata is refused
 * because Helm and OCI tags cannot carry `+` faithfully, and anything that could be
 * a path or shell fragment is refused before it reaches a file, a ref or a URL.
 */
const STRICT = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$/;
/** Why `text` is not a version, or undefined when it is one. */
function versionProblem(text) {
    if (text.length === 0)
        return 'expected a version like 1.2.3 or v1.2.3, got an empty value';
    if (text.length > 128)
        return 'expected a version like 1.2.3, got a value longer than 128 characters';
    if (/[\s;|&$`'"\\/<>(){}*?!]|\.\./.test(text)) {
        return `expected a version like 1.2.3, got ${JSON.stringify(text)} (it contains characters a version cannot have)`;
    }
    if (text.includes('+'))
        return `expected a version without build metadata, got ${JSON.stringify(text)}`;
    if (!STRICT.test(text)) {
        return `expected a SemVer 2 version X.Y.Z (optionally v-prefixed, with a -prerelease), got ${JSON.stringify(text)}`;
    }
    return undefined;
}
function isVersion(text) {
    return versionProblem(text) === undefined;
}
/** Parses a version or throws an Error whose message says what was expected. */
function parseVersion(text) {
    const problem = versionProblem(text);
    if (problem)
        throw new Error(problem);
    const version = text.startsWith('v') ? text.slice(1) : text;
    return { version, prefixed: text.startsWith('v'), prerelease: version.includes('-') };
}
/** `1.2.3` as a tag: `v1.2.3`. */
function tagOf(version) {
    return `v${stripV(version)}`;
}
function stripV(text) {
    return text.startsWith('v') ? text.slice(1) : text;
}
/** Writes `version` in the style of `sample` (keeps or drops the `v`). */
function inStyleOf(version, sample) {
    const bare = stripV(version);
    return sample.trim().startsWith('v') ? `v${bare}` : bare;
}
function compareVersions(a, b) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().compare(stripV(a), stripV(b));
}
/** The kind of step from `previous` to `next`. */
function releaseType(previous, next) {
    const n = stripV(next);
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(n))
        return 'prerelease';
    if (!previous)
        return semver__WEBPACK_IMPORTED_MODULE_0___default().major(n) > 0 ? 'major' : semver__WEBPACK_IMPORTED_MODULE_0___default().minor(n) > 0 ? 'minor' : 'patch';
    const p = stripV(previous);
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().major(n) !== semver__WEBPACK_IMPORTED_MODULE_0___default().major(p))
        return 'major';
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().minor(n) !== semver__WEBPACK_IMPORTED_MODULE_0___default().minor(p))
        return 'minor';
    return 'patch';
}
/**
 * The next version from `current`. A prerelease `0.5.0-rc.1` steps to `0.5.0-rc.2`;
 * from a release, `prerelease` starts the next patch's `-<preid>.1`.
 * A major/minor/patch bump from a prerelease releases that line (as semver does).
 */
function bump(current, kind, preid = 'rc') {
    const c = stripV(current);
    if (kind === 'prerelease') {
        const pre = semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(c);
        if (pre && pre.length > 0) {
            const id = String(pre[0]);
            if (preid === id || preid === '') {
                const next = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(c, 'prerelease', id);
                if (!next)
                    throw new Error(`cannot step the prerelease of ${c}`);
                return next;
            }
            return `${semver__WEBPACK_IMPORTED_MODULE_0___default().major(c)}.${semver__WEBPACK_IMPORTED_MODULE_0___default().minor(c)}.${semver__WEBPACK_IMPORTED_MODULE_0___default().patch(c)}-${preid}.1`;
        }
        const patch = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(c, 'patch');
        if (!patch)
            throw new Error(`cannot bump ${c}`);
        return `${patch}-${preid}.1`;
    }
    const next = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(c, kind);
    if (!next)
        throw new Error(`cannot bump ${c} by ${kind}`);
    return next;
}
/** Release tags (vX.Y.Z, strict) among `tags`, newest first by SemVer, not by date. */
function sortReleaseTags(tags, opts = {}) {
    return tags
        .filter((t) => t.startsWith('v') && isVersion(t))
        .filter((t) => opts.includePrereleases || !semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(stripV(t)))
        .sort((a, b) => compareVersions(b, a));
}
/** The release tag just before `version` by SemVer; prereleases only when `version` is one. */
function previousTag(tags, version) {
    const v = stripV(version);
    const includePrereleases = semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(v) !== null;
    return sortReleaseTags(tags, { includePrereleases }).find((t) => semver__WEBPACK_IMPORTED_MODULE_0___default().lt(stripV(t), v));
}
/** The newest release tag of the `major.minor` line of `version`. */
function latestInLine(tags, version) {
    const v = stripV(version);
    return sortReleaseTags(tags).find((t) => semver__WEBPACK_IMPORTED_MODULE_0___default().major(stripV(t)) === semver__WEBPACK_IMPORTED_MODULE_0___default().major(v) && semver__WEBPACK_IMPORTED_MODULE_0___default().minor(stripV(t)) === semver__WEBPACK_IMPORTED_MODULE_0___default().minor(v));
}
/** Whether `version` is newer than every stable release in `tags` (so it should be `latest`). */
function isNewestStable(tags, version) {
    const v = stripV(version);
    if (semver.prerelease(v))
        return false;
    return sortReleaseTags(tags).every((t) => semver.gte(v, stripV(t)));
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./actions/lib/runner/commands.ts
var commands = __nccwpck_require__(11);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./actions/lib/runner/compile-cache.ts
/**
 * Node's compile cache for the bundle's chunks (`module.enableCompileCache`, Node ≥ 22.1; the
 * actions run on node24, and on a runtime without it this does nothing). The cache lives under
 * RUNNER_TEMP, which the runner empties before every job: a re-run never meets a cache of another
 * build, and Node checks every entry against the source it was made from and recompiles on any
 * mismatch, so a stale or broken entry costs a compilation, never a wrong result. What it saves
 * (measured on Node 24, docs/performance.md): about 30 ms of CPU for bump-version (yaml, ajv,
 * the version files) when the same action runs again in the job; a first run pays nothing more.
 */


const COMPILE_CACHE_DIR = 'release-actions-compile-cache';
/** Enables the cache in `RUNNER_TEMP/release-actions-compile-cache` when both exist; never fails the step. */
function enableCompileCache(env = process.env, enable = (external_node_module_default()).enableCompileCache) {
    const temp = env['RUNNER_TEMP'];
    if (!temp || typeof enable !== 'function')
        return false;
    try {
        enable((0,external_node_path_.join)(temp, COMPILE_CACHE_DIR));
        return true;
    }
    catch {
        // an optimisation only: without it the chunks compile as they always did
        return false;
    }
}

// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __nccwpck_require__(7378);
;// CONCATENATED MODULE: ./actions/lib/runner/action.ts



/**
 * Runs an action's main function and turns any failure into exactly one
 * `::error::` annotation (with file and line when the error knows them) and exit
 * code 1. Unexpected errors keep their stack in the log for a maintainer.
 */
async function runAction(name, main) {
    // before main loads the chunks (yaml, ajv, the domain code) with `import()`
    enableCompileCache();
    try {
        await main();
    }
    catch (err) {
        reportFailure(name, err);
        process.exitCode = 1;
    }
}
function reportFailure(name, err, write) {
    const title = name;
    if (err instanceof errors/* FileError */.f6) {
        (0,commands/* annotate */.fz)('error', err.message, { title, file: err.file, line: err.line, col: err.column }, write);
    }
    else if (err instanceof errors/* InputError */.dz || err instanceof errors/* ActionError */.lZ) {
        (0,commands/* annotate */.fz)('error', err.message, { title }, write);
    }
    else {
        const e = err instanceof Error ? err : new Error(String(err));
        if (e.stack)
            (write ?? ((l) => process.stdout.write(`${l}\n`)))(e.stack.split('\n').slice(1).map((l) => `  ${l.trim()}`).join('\n'));
        (0,commands/* annotate */.fz)('error', `unexpected failure: ${e.message}`, { title }, write);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./actions/lib/config/charts.ts
/**
 * The charts of a repository and how each is versioned. `app`: with the application, one tag
 * vX.Y.Z for image and chart (WVA's way; at most one chart). `own`: on its own, released when its
 * version has no `<name>-<version>` tag yet, as chart-releaser releases every chart of a
 * repository. Pure: the configured list (or none), the chart folders found and the release's
 * chart in; the list with every default filled in, or a problem naming the entry, out.
 */
const clean = (p) => p.replace(/^\.\//, '').replace(/\/+$/, '');
/**
 * The configured list with its defaults, else every chart found: the release's chart (`chart:`,
 * else the single chart found) `app`, the others `own`. A problem: `[index of the entry, message]`
 * (-1: the list as a whole).
 */
function resolveCharts(configured, found, chart) {
    const explicit = chart === undefined ? undefined : clean(chart);
    if (configured === undefined) {
        const release = explicit ?? (found.length === 1 ? found[0] : undefined);
        const charts = found.map((path) => ({ path, versioning: path === release ? 'app' : 'own' }));
        return { charts, ...(release && charts.some((c) => c.path === release) ? { app: release } : {}) };
    }
    const charts = [];
    const seen = new Map();
    for (const [i, raw] of configured.entries()) {
        const path = clean(raw.path);
        const before = seen.get(path);
        if (before !== undefined)
            return { problem: [i, `${path} is listed twice (entries ${before + 1} and ${i + 1}): list each chart once`] };
        seen.set(path, i);
        if (path === explicit && raw.versioning === 'own') {
            return { problem: [i, `${path} is the release's chart (chart: ${path}) but versioning: own; the release's chart is versioned with the application: make it app, or set chart to another folder`] };
        }
        charts.push({ path, versioning: raw.versioning ?? (path === explicit ? 'app' : 'own') });
    }
    const apps = charts.filter((c) => c.versioning === 'app');
    if (apps.length > 1) {
        return { problem: [charts.indexOf(apps[1]), `${apps.map((c) => c.path).join(' and ')} are both versioning: app; one chart at most is versioned with the application (the tag vX.Y.Z): make the others own`] };
    }
    const app = apps[0]?.path;
    if (app && explicit && app !== explicit) {
        return { problem: [charts.indexOf(apps[0]), `${app} is versioning: app, but chart is ${explicit}: the release's chart is the app chart; make them the same, or make ${app} own`] };
    }
    return { charts, ...(app ? { app } : {}) };
}
/** The `own` charts: the ones released on their own by their `<name>-<version>` tags. */
const ownCharts = (charts) => charts.filter((c) => c.versioning === 'own').map((c) => c.path);

;// CONCATENATED MODULE: ./actions/lib/config/schema.ts
/**
 * The schema of `.github/release-actions.yaml`. This constant is the source;
 * schema/release-actions.schema.json is the published copy (a test keeps them equal).
 */
const configSchema = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://github.com/release-actions/release-actions/schema/release-actions.schema.json",
    "title": ".github/release-actions.yaml",
    "description": "Optional configuration read by every release-actions action. Every key is optional: defaults come from the repository layout. Action inputs override it.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
        "chart": {
            "type": "string",
            "description": "Path of the Helm chart folder, e.g. charts/workload-variant-autoscaler. Default: the single charts/*/Chart.yaml.",
            "minLength": 1
        },
        "charts": {
            "type": "array",
            "description": "The charts of the repository and how each is versioned. app: with the application (one tag vX.Y.Z for image and chart; at most one chart); own: on its own, released when its version has no tag <name>-<version> yet, as chart-releaser does. Default: every charts/*/Chart.yaml, the release's chart (chart, or the single chart) app and the others own.",
            "items": {
                "$ref": "#/definitions/chartEntry"
            }
        },
        "images": {
            "type": "array",
            "description": "Container images the release publishes, without tag, e.g. ghcr.io/llm-d-incubation/workload-variant-autoscaler. Default: ghcr.io/OWNER/REPO. An empty list: the repository releases its chart alone (call release.yaml with image: none); the chart's appVersion is then not the release's.",
            "items": {
                "type": "string",
                "pattern": "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+$"
            }
        },
        "platforms": {
            "type": "array",
            "items": {
                "type": "string",
                "pattern": "^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?$"
            },
            "description": "Platforms each image must carry. Default linux/amd64, linux/arm64."
        },
        "version-files": {
            "type": "array",
            "description": "Files holding the version. Default: the chart's Chart.yaml and values.yaml, Makefile (VERSION, IMG_TAG), README.md.",
            "items": {
                "$ref": "#/definitions/versionFile"
            }
        },
        "makefile-variables": {
            "type": "array",
            "items": {
                "type": "string",
                "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
            },
            "description": "Makefile variables that hold the version. Default VERSION, plus IMG_TAG when present."
        },
        "changelog": {
            "type": "string",
            "minLength": 1,
            "description": "Path of the Keep a Changelog file. Default CHANGELOG.md."
        },
        "changelog-include": {
            "type": "array",
            "items": {
                "type": "string"
            },
            "description": "Conventional commit types listed although left out by default (chore, ci, test, build, style)."
        },
        "helm-repo-url": {
            "type": "string",
            "format": "uri",
            "description": "URL of the Helm repository. Default https://OWNER.github.io/REPO."
        },
        "helm-repo-name": {
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]*$",
            "description": "The alias in `helm repo add ALIAS URL`. Default: the repository name."
        },
        "namespace": {
            "type": "string",
            "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
            "description": "Namespace of the install example. Default: CHART-system."
        },
        "pages-branch": {
            "type": "string",
            "minLength": 1,
            "description": "Branch holding index.yaml. Default gh-pages."
        },
        "oci-registry": {
            "type": "string",
            "pattern": "^oci://",
            "description": "Where to push the chart as an OCI artifact, e.g. oci://ghcr.io/llm-d-incubation/charts."
        },
        "crd-dir": {
            "type": "string",
            "description": "Folder of the generated CRDs (controller-gen output). Default config/crd/bases."
        },
        "crd-names": {
            "type": "array",
            "items": {
                "type": "string"
            },
            "description": "CRDs that must be established after install, e.g. variantautoscalings.llmd.ai."
        },
        "release-branch-prefix": {
            "type": "string",
            "description": "Default release-v."
        },
        "pr-template": {
            "type": "string",
            "description": "Path of a markdown file to use as the release pull request body instead of the built-in checklist."
        },
        "git-identity": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "name",
                "email"
            ],
            "properties": {
                "name": {
                    "type": "string",
                    "minLength": 1
                },
                "email": {
                    "type": "string",
                    "format": "email"
                }
            }
        },
        "announce": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "message-template": {
                    "type": "string"
                },
                "discussion-category": {
                    "type": "string"
                },
                "dispatch-repos": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"
                    }
                },
                "update-repos": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(:.+)?$"
                    }
                },
                "mail-to": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "format": "email"
                    }
                },
                "next-milestone": {
                    "type": "boolean"
                }
            }
        }
    },
    "definitions": {
        "chartEntry": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "path"
            ],
            "properties": {
                "path": {
                    "type": "string",
                    "description": "The chart folder, relative to the repository, e.g. charts/workload-variant-autoscaler.",
                    "pattern": "^(?!/)(?!.*(^|/)\\.\\.(/|$))\\S+$"
                },
                "versioning": {
                    "type": "string",
                    "enum": [
                        "app",
                        "own"
                    ],
                    "description": "app: released with the application, tag vX.Y.Z. own: released when changed, tag <name>-<version>. Default own, except the release's chart."
                }
            }
        },
        "versionFile": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "path",
                "type"
            ],
            "properties": {
                "path": {
                    "type": "string",
                    "minLength": 1
                },
                "type": {
                    "enum": [
                        "chart",
                        "values",
                        "makefile",
                        "docs",
                        "regex",
                        "json",
                        "yaml"
                    ]
                },
                "variables": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
                    }
                },
                "key": {
                    "type": "string",
                    "minLength": 1,
                    "description": "Key path for json, yaml and values files, e.g. image.tag."
                },
                "pattern": {
                    "type": "string",
                    "minLength": 1,
                    "description": "For regex files: one capture group that is the version."
                },
                "images": {
                    "type": "array",
                    "items": {
                        "type": "string"
                    }
                },
                "appVersion": {
                    "type": "boolean",
                    "description": "For chart files: whether appVersion is the release's version (default true; false when it names another application's version)."
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./actions/lib/config/config.ts





const DEFAULT_CONFIG_PATH = '.github/release-actions.yaml';
async function exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}
/** The chart folders of the repository: every charts/NAME with a Chart.yaml. */
async function findCharts(workspace) {
    const dir = (0,external_node_path_.join)(workspace, 'charts');
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const found = [];
    for (const e of entries)
        if (e.isDirectory() && (await exists((0,external_node_path_.join)(dir, e.name, 'Chart.yaml'))))
            found.push(`charts/${e.name}`);
    return found.sort();
}
async function loadConfig(opts) {
    const repository = opts.repository ?? process.env['GITHUB_REPOSITORY'] ?? 'owner/repo';
    const [owner = 'owner', repo = 'repo'] = repository.split('/');
    const explicit = opts.path !== undefined && opts.path !== '';
    const rel = explicit ? opts.path : DEFAULT_CONFIG_PATH;
    const full = (0,external_node_path_.join)(opts.workspace, rel);
    let raw = {};
    let source;
    let text = '';
    if (await exists(full)) {
        text = await (0,promises_.readFile)(full, 'utf8');
        raw = await parseConfig(text, (0,external_node_path_.relative)(opts.workspace, full) || rel);
        source = rel;
    }
    else if (explicit) {
        throw new errors/* FileError */.f6(rel, 'config file not found (input config names it)');
    }
    const chartCandidates = await findCharts(opts.workspace);
    const resolved = resolveCharts(raw.charts, chartCandidates, raw.chart);
    if ('problem' in resolved) {
        const [i, message] = resolved.problem;
        throw new errors/* FileError */.f6((0,external_node_path_.relative)(opts.workspace, full) || rel, `key 'charts${i >= 0 ? `.${i}` : ''}': ${message}`, entryLine(text, raw.charts?.[i]?.path));
    }
    const chart = raw.chart ?? resolved.app ?? (chartCandidates.length === 1 ? chartCandidates[0] : undefined);
    const chartName = chart?.split('/').pop();
    const a = raw.announce ?? {};
    return {
        source,
        owner,
        repo,
        chart,
        chartCandidates,
        charts: resolved.charts,
        images: raw.images ?? [`ghcr.io/${owner.toLowerCase()}/${repo.toLowerCase()}`],
        imagesConfigured: raw.images !== undefined,
        platforms: raw.platforms ?? ['linux/amd64', 'linux/arm64'],
        versionFiles: raw['version-files'],
        makefileVariables: raw['makefile-variables'],
        changelog: raw.changelog ?? 'CHANGELOG.md',
        changelogInclude: raw['changelog-include'] ?? [],
        helmRepoUrl: (raw['helm-repo-url'] ?? `https://${owner.toLowerCase()}.github.io/${repo}`).replace(/\/$/, ''),
        helmRepoName: raw['helm-repo-name'] ?? repo.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
        namespace: raw.namespace ?? (chartName ? `${chartName}-system` : undefined),
        pagesBranch: raw['pages-branch'] ?? 'gh-pages',
        ociRegistry: raw['oci-registry'],
        crdDir: raw['crd-dir'] ?? 'config/crd/bases',
        crdNames: raw['crd-names'] ?? [],
        releaseBranchPrefix: raw['release-branch-prefix'] ?? 'release-v',
        prTemplate: raw['pr-template'],
        gitIdentity: raw['git-identity'],
        announce: {
            messageTemplate: a['message-template'],
            discussionCategory: a['discussion-category'],
            dispatchRepos: a['dispatch-repos'] ?? [],
            updateRepos: a['update-repos'] ?? [],
            mailTo: a['mail-to'] ?? [],
            nextMilestone: a['next-milestone'] ?? true,
        },
    };
}
/** The line of `path: <path>` in the configuration, for an error about a `charts:` entry. */
function entryLine(text, path) {
    if (path === undefined)
        return undefined;
    const i = text.split('\n').findIndex((l) => new RegExp(`^\\s*(- )?\\s*path:\\s*['"]?${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*(#.*)?$`).test(l));
    return i >= 0 ? i + 1 : undefined;
}
/**
 * Parses and validates the config text. Errors name the file, the line and the
 * key, and say what was expected.
 */
async function parseConfig(text, file) {
    const [{ parseDocument, LineCounter, isMap, isPair, isScalar }, { validator }] = await Promise.all([__nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)), __nccwpck_require__.e(/* import() */ 270).then(__nccwpck_require__.bind(__nccwpck_require__, 5270))]);
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const lineAt = (offset) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
    const firstError = doc.errors[0];
    if (firstError)
        throw new errors/* FileError */.f6(file, `not valid YAML: ${firstError.message.split('\n')[0]}`, lineAt(firstError.pos[0]));
    const value = doc.toJS() ?? {};
    const validate = validator();
    if (validate(value))
        return value;
    const err = validate.errors?.[0];
    if (!err)
        throw new errors/* FileError */.f6(file, 'invalid configuration');
    const path = err.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const keyPath = path.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    let line;
    let where = path.join('.') || '(top level)';
    let message = err.message ?? 'invalid';
    if (err.keyword === 'additionalProperties') {
        const unknown = String(err.params.additionalProperty);
        const parent = keyPath.length ? doc.getIn(keyPath, true) : doc.contents;
        if (isMap(parent)) {
            const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === unknown);
            if (pair && isScalar(pair.key))
                line = lineAt(pair.key.range?.[0]);
        }
        where = [...path, unknown].join('.');
        const allowed = Object.keys(schemaAt(path)?.properties ?? {});
        message = `unknown key${allowed.length ? ` (expected one of ${allowed.join(', ')})` : ''}`;
    }
    else {
        const node = keyPath.length ? doc.getIn(keyPath, true) : doc.contents;
        const range = node?.range;
        line = lineAt(range?.[0]);
        if (err.keyword === 'enum')
            message = `expected one of ${err.params.allowedValues.join(', ')}`;
        else if (err.keyword === 'type')
            message = `expected ${err.params.type}`;
        else if (err.keyword === 'pattern')
            message = `does not match the expected form ${err.params.pattern}`;
        else if (err.keyword === 'required') {
            where = [...path, err.params.missingProperty].join('.');
            message = 'required and missing';
        }
    }
    throw new errors/* FileError */.f6(file, `key '${where}': ${message}`, line);
}
function schemaAt(path) {
    let node = configSchema;
    for (const p of path) {
        if (!node)
            return undefined;
        if (node.$ref)
            node = configSchema.definitions[node.$ref.split('/').pop() ?? ''];
        node = /^\d+$/.test(p) ? node?.items : node?.properties?.[p];
    }
    if (node?.$ref)
        node = configSchema.definitions[node.$ref.split('/').pop() ?? ''];
    return node;
}

// EXTERNAL MODULE: ./actions/lib/git/git.ts + 2 modules
var git_git = __nccwpck_require__(7227);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./actions/lib/runner/context.ts


/** The checkout the action works in: GITHUB_WORKSPACE, else the current directory. */
function workspaceOf(env = process.env) {
    return env['GITHUB_WORKSPACE'] ?? process.cwd();
}
function readContext(env = process.env) {
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        throw new errors/* ActionError */.lZ('GITHUB_REPOSITORY is not set to OWNER/REPO: run this action from a workflow');
    const ref = env['GITHUB_REF'] ?? '';
    let event = {};
    const eventPath = env['GITHUB_EVENT_PATH'];
    if (eventPath) {
        try {
            event = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        }
        catch {
            // Some events (e.g. a local run) have no payload; nothing in the suite needs one.
        }
    }
    const serverUrl = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/$/, '');
    const runId = env['GITHUB_RUN_ID'];
    return {
        owner,
        repo,
        repository,
        ref,
        tag: ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined,
        sha: env['GITHUB_SHA'] ?? '',
        workspace: workspaceOf(env),
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        event,
        serverUrl,
        apiUrl: (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/$/, ''),
        graphqlUrl: env['GITHUB_GRAPHQL_URL'] ?? 'https://api.github.com/graphql',
        runnerTemp: env['RUNNER_TEMP'] ?? '/tmp',
        runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var bump_version_semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(bump_version_semver);
// EXTERNAL MODULE: ./actions/lib/semver/version.ts
var semver_version = __nccwpck_require__(5731);
;// CONCATENATED MODULE: ./actions/lib/semver/tags.ts
/**
 * The current version of a repository is its newest release tag, not what its files say:
 * files drift (a chart bumped by hand, an image tag left behind), tags are what was
 * released. A release tag is a strict SemVer version, `vX.Y.Z` or `X.Y.Z`, in whichever
 * style the repository uses; for a hotfix, the newest tag of its `major.minor` line.
 */


/** Release tags in either style (prereleases only when asked), newest first; `v0.4.1` wins over `0.4.1` on a tie. */
function versionTags(tags, opts = {}) {
    return tags
        .filter((t) => (0,semver_version/* isVersion */.lF)(t) && (opts.includePrereleases || semver_default().prerelease((0,semver_version/* stripV */.tQ)(t)) === null))
        .map((tag) => ({ tag, version: (0,semver_version/* stripV */.tQ)(tag) }))
        .sort((a, b) => semver_default().compare(b.version, a.version) || (a.tag.startsWith('v') ? -1 : 1));
}
/**
 * The newest release tag, or of one `major.minor` line when `line` is given
 * (`0.3` or any `0.3.x` version). A prerelease newer than every release counts:
 * after `v0.5.0-rc.1` the next prerelease is `-rc.2`.
 */
function currentTag(tags, line) {
    const all = versionTags(tags, { includePrereleases: true });
    if (line === undefined)
        return all[0];
    const [major, minor] = (0,semver_version/* stripV */.tQ)(line).split('.').map(Number);
    return all.find((t) => semver_default().major(t.version) === major && semver_default().minor(t.version) === minor);
}
/** Whether the repository writes its tags with a `v` (the newest tag decides; `v` without any tag). */
function tagsPrefixed(tags) {
    const newest = versionTags(tags, { includePrereleases: true })[0];
    return newest ? newest.tag.startsWith('v') : true;
}
/** The tag of `version` that already exists, in either style, or undefined. */
function existingTag(tags, version) {
    const v = (0,semver_version/* stripV */.tQ)(version);
    return tags.find((t) => t === v || t === `v${v}`);
}

// EXTERNAL MODULE: ./actions/lib/semver/release-commit.ts
var release_commit = __nccwpck_require__(3626);
// EXTERNAL MODULE: ./actions/bump-version/history.ts
var bump_version_history = __nccwpck_require__(9158);
// EXTERNAL MODULE: ./actions/bump-version/repo.ts
var repo = __nccwpck_require__(6820);
;// CONCATENATED MODULE: ./actions/bump-version/commit.ts
/**
 * The bump commit, pushed to the branch (retrying, never forcing, when someone else pushed
 * first). Without cherry-picks it is made by git's plumbing from the edited texts — no
 * checkout at all, a handful of git processes whatever the repository's size; with
 * cherry-picks, in a temporary worktree detached at the start commit (a pick needs a work
 * tree to merge in). The job's checkout and its refs are never touched; on a failure
 * nothing remains.
 */





/**
 * Makes the bump commit in a temporary worktree detached at the start commit —
 * cherry-picks first, then the edits, written all together — and pushes it to the
 * branch (retrying, never forcing, when someone else pushed first).
 */
async function commitAndPush(req) {
    return req.picks.length === 0 ? commitByPlumbing(req) : commitInWorktree(req);
}
async function commitByPlumbing(req) {
    const [{ commitFiles }, { pushCommitWithRetry }] = await Promise.all([__nccwpck_require__.e(/* import() */ 794).then(__nccwpck_require__.bind(__nccwpck_require__, 1794)), Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1369))]);
    const { git, inputs } = req;
    const message = (0,release_commit/* bumpCommitMessage */.r4)(req.next);
    const make = (parent, list) => commitFiles(git, {
        parent,
        files: list.map((e) => ({ path: e.path, text: e.after })),
        message,
        signOff: inputs.signOff,
        ...(inputs.signingKey ? { signingKey: inputs.signingKey } : {}),
        tempDir: req.ctx.runnerTemp,
    });
    let tip;
    const result = await pushCommitWithRetry(git, {
        remote: bump_version_history/* REMOTE */.Bn,
        branch: req.branch,
        commit: await make(req.start.sha, req.edits),
        rebuild: async (moved) => {
            tip = moved;
            const now = await (0,repo/* readAt */.m6)(git, moved, req.paths);
            return req.holds(now) ? undefined : make(moved, req.planner.planBump(req.planRequest(now)).edits);
        },
    });
    // not pushed: the branch already holds the bump (someone pushed the same one), at its tip
    return { commit: result.pushed || !tip ? result.commit : tip, pushed: result.pushed };
}
async function commitInWorktree(req) {
    const { pushWithRetry } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1369));
    const { git, inputs, planner, branch } = req;
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(req.ctx.runnerTemp, 'bump-version-'));
    const path = (0,external_node_path_.join)(dir, 'worktree');
    const message = (0,release_commit/* bumpCommitMessage */.r4)(req.next);
    const commitOpts = { signOff: inputs.signOff, ...(inputs.signingKey ? { signingKey: inputs.signingKey } : {}) };
    let edits;
    try {
        const wt = await git.addWorktree(path, req.start.sha, { detach: true });
        if (req.picks.length > 0) {
            await wt.cherryPick(req.picks.map((p) => p.sha));
            // A picked commit may have touched a version file: plan again on the result.
            edits = planner.planBump(req.planRequest(await (0,repo/* readAt */.m6)(wt, 'HEAD', req.paths))).edits;
        }
        const apply = async (list) => {
            await (0,repo/* writeAll */.f4)(path, list.map((e) => ({ path: e.path, text: e.after })));
            await wt.commit(message, { paths: list.map((e) => e.path), ...commitOpts });
        };
        await apply(edits ?? req.edits);
        const result = await pushWithRetry(wt, {
            remote: bump_version_history/* REMOTE */.Bn,
            branch,
            reapply: async () => {
                const now = await (0,repo/* readAt */.m6)(wt, 'HEAD', req.paths);
                if (req.holds(now))
                    return false;
                await apply(planner.planBump(req.planRequest(now)).edits);
                return true;
            },
        });
        return { commit: await wt.head(), pushed: result.pushed, ...(edits ? { edits } : {}) };
    }
    finally {
        await git.removeWorktree(path);
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./actions/bump-version/date.ts
/** Today in UTC as YYYY-MM-DD; SOURCE_DATE_EPOCH (seconds) fixes it, as for reproducible builds. */
function releaseDate(env = process.env) {
    const epoch = env['SOURCE_DATE_EPOCH'];
    const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
    return date.toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./actions/lib/runner/inputs.ts


/** The value of input `name` as the runner passes it: trimmed, '' when absent. */
function rawInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function readInputs(spec, env = process.env) {
    const out = {};
    for (const [name, field] of Object.entries(spec))
        out[name] = field.read(name, rawInput(name, env));
    return out;
}
function show(raw) {
    return JSON.stringify(raw.length > 80 ? `${raw.slice(0, 77)}...` : raw);
}
function str(opts = {}) {
    return {
        kind: 'string',
        read(name, raw) {
            if (raw === '') {
                if (opts.required)
                    throw new errors/* InputError */.dz(name, `required and not supplied${opts.expected ? ` (expected ${opts.expected})` : ''}`);
                return opts.default ?? '';
            }
            if (opts.pattern && !opts.pattern.test(raw))
                throw new errors/* InputError */.dz(name, `expected ${opts.expected ?? `a value matching ${opts.pattern}`}, got ${show(raw)}`);
            return raw;
        },
    };
}
/** Only the YAML 1.2 core booleans the runner documents; anything else is refused, not guessed. */
function bool(defaultValue) {
    return {
        kind: 'boolean',
        read(name, raw) {
            if (raw === '')
                return defaultValue;
            if (['true', 'True', 'TRUE'].includes(raw))
                return true;
            if (['false', 'False', 'FALSE'].includes(raw))
                return false;
            throw new errors/* InputError */.dz(name, `expected true or false, got ${show(raw)}`);
        },
    };
}
function oneOf(values, defaultValue) {
    return {
        kind: 'enum',
        read(name, raw) {
            if (raw === '') {
                if (defaultValue === undefined)
                    throw new errors/* InputError */.dz(name, `required and not supplied (expected one of ${values.join(', ')})`);
                return defaultValue;
            }
            if (!values.includes(raw))
                throw new errors/* InputError */.dz(name, `expected one of ${values.join(', ')}, got ${show(raw)}`);
            return raw;
        },
    };
}
/** A newline (or comma-free) list: one item a line, blank lines and `#` comments dropped. */
function list(opts = {}) {
    return {
        kind: 'list',
        read(name, raw) {
            const items = raw
                .split(/\r?\n/)
                .map((l) => l.trim())
                .filter((l) => l !== '' && !l.startsWith('#'));
            if (items.length === 0 && opts.required)
                throw new errors/* InputError */.dz(name, 'required and not supplied (expected one item a line)');
            for (const [i, item] of items.entries()) {
                const problem = opts.item?.(item);
                if (problem)
                    throw new errors/* InputError */.dz(name, `line ${i + 1}: ${problem}`);
            }
            return items;
        },
    };
}
function inputs_int(opts) {
    return {
        kind: 'integer',
        read(name, raw) {
            if (raw === '')
                return opts.default;
            if (!/^\d+$/.test(raw))
                throw new InputError(name, `expected a whole number, got ${show(raw)}`);
            const n = Number(raw);
            if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
                throw new InputError(name, `expected a number from ${opts.min ?? '-'} to ${opts.max ?? '-'}, got ${n}`);
            }
            return n;
        },
    };
}
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** A duration like `90s`, `10m`, `1h30m`, in milliseconds. */
function duration(defaultValue) {
    const parse = (name, raw) => {
        const parts = [...raw.matchAll(/(\d+)(ms|s|m|h)/g)];
        if (parts.length === 0 || parts.map((p) => p[0]).join('') !== raw)
            throw new InputError(name, `expected a duration like 90s, 10m or 1h30m, got ${show(raw)}`);
        return parts.reduce((sum, p) => sum + Number(p[1]) * (UNITS[p[2]] ?? 0), 0);
    };
    return { kind: 'duration', read: (name, raw) => parse(name, raw === '' ? defaultValue : raw) };
}
/** A secret: masked in the log as soon as it is read. */
function secret(opts = {}) {
    const inner = str({ required: opts.required });
    return {
        kind: 'secret',
        read(name, raw) {
            const value = inner.read(name, raw);
            (0,commands/* mask */.dK)(value);
            return value;
        },
    };
}
/** A field with an extra check; the check returns what was expected, or undefined. */
function withCheck(field, check) {
    return {
        kind: field.kind,
        read(name, raw) {
            const value = field.read(name, raw);
            const problem = check(value);
            if (problem)
                throw new errors/* InputError */.dz(name, problem);
            return value;
        },
    };
}

;// CONCATENATED MODULE: ./actions/lib/semver/input.ts


/**
 * A `version` input: an explicit version (`0.5.0` / `v0.5.0`, returned without
 * `v`), one of `keywords` (returned as written), or — when `fromTag` and the
 * input is empty — the version of the tag that started the run.
 */
function versionInput(opts = {}) {
    return {
        kind: 'version',
        read(name, raw) {
            const env = opts.env ?? process.env;
            if (raw === '') {
                const ref = env['GITHUB_REF'] ?? '';
                if (opts.fromTag && ref.startsWith('refs/tags/')) {
                    const tag = ref.slice('refs/tags/'.length);
                    const problem = (0,semver_version/* versionProblem */.Ec)(tag);
                    if (problem)
                        throw new errors/* InputError */.dz(name, `not given, and the tag that started the run is not a version: ${problem}`);
                    return (0,semver_version/* stripV */.tQ)(tag);
                }
                if (opts.required || opts.fromTag) {
                    throw new errors/* InputError */.dz(name, `required: expected a version like 0.5.0${opts.keywords?.length ? ` or one of ${opts.keywords.join(', ')}` : ''}${opts.fromTag ? ` (the run was not started by a tag: GITHUB_REF=${ref || '(unset)'})` : ''}`);
                }
                return '';
            }
            if (opts.keywords?.includes(raw))
                return raw;
            const problem = (0,semver_version/* versionProblem */.Ec)(raw);
            if (problem)
                throw new errors/* InputError */.dz(name, `${problem}${opts.keywords?.length ? ` (or one of ${opts.keywords.join(', ')})` : ''}`);
            return (0,semver_version/* stripV */.tQ)(raw);
        },
    };
}

;// CONCATENATED MODULE: ./actions/bump-version/files.ts
const TYPES = ['chart', 'values', 'makefile', 'docs', 'regex', 'json', 'yaml'];
/** The type a path's name makes clear, or undefined. */
function inferType(path) {
    const name = path.split('/').pop() ?? '';
    if (name === 'Chart.yaml')
        return 'chart';
    if (/^values(?:[.-][\w.-]+)?\.ya?ml$/.test(name))
        return 'values';
    if (name === 'Makefile' || name === 'GNUmakefile' || name.endsWith('.mk'))
        return 'makefile';
    if (/\.(?:md|markdown|rst|adoc|txt)$/i.test(name))
        return 'docs';
    return undefined;
}
/** Why `path` cannot be a repository path, or undefined. */
function pathProblem(path) {
    if (path === '' || path.startsWith('/') || /^[A-Za-z]:|[\\\0\r\n]/.test(path) || path.split('/').includes('..') || path.split('/').includes('')) {
        return `expected a repository-relative path with / separators and no .., got ${JSON.stringify(path)}`;
    }
    return undefined;
}
function stringList(value, what) {
    if (value === undefined)
        return undefined;
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v !== ''))
        throw new Error(`expected "${what}" to be a list of strings`);
    return value;
}
/**
 * One line of the `files` input: a path whose type its name makes clear, or a JSON
 * object with `path`, `type` and the type's options (`variables`, `key`, `pattern`,
 * `images`, `chart`, `optional`). Throws an Error saying what was expected.
 */
function parseFileLine(line) {
    if (line.startsWith('{')) {
        let raw;
        try {
            raw = JSON.parse(line);
        }
        catch (err) {
            throw new Error(`expected a path or a JSON object, got invalid JSON (${err.message})`);
        }
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
            throw new Error('expected a JSON object');
        const o = raw;
        const known = new Set(['path', 'type', 'variables', 'key', 'pattern', 'images', 'chart', 'optional']);
        const unknown = Object.keys(o).filter((k) => !known.has(k));
        if (unknown.length > 0)
            throw new Error(`unknown key ${JSON.stringify(unknown[0])} (expected ${[...known].join(', ')})`);
        if (typeof o['path'] !== 'string')
            throw new Error('expected "path" to be a string');
        const path = o['path'];
        const problem = pathProblem(path);
        if (problem)
            throw new Error(problem);
        const type = o['type'] === undefined ? inferType(path) : o['type'];
        if (typeof type !== 'string' || !TYPES.includes(type)) {
            throw new Error(`expected "type" to be one of ${TYPES.join(', ')}${o['type'] === undefined ? ` (the type of ${path} is not clear from its name)` : ''}`);
        }
        for (const k of ['key', 'pattern'])
            if (o[k] !== undefined && (typeof o[k] !== 'string' || o[k] === ''))
                throw new Error(`expected "${k}" to be a non-empty string`);
        if (type === 'regex' && o['pattern'] === undefined)
            throw new Error('expected "pattern" (one capture group: the version) for a regex file');
        if ((type === 'json' || type === 'yaml') && o['key'] === undefined)
            throw new Error(`expected "key" (a key path like spec.version) for a ${type} file`);
        if (o['optional'] !== undefined && typeof o['optional'] !== 'boolean')
            throw new Error('expected "optional" to be true or false');
        const chart = typeof o['chart'] === 'string' ? [o['chart']] : stringList(o['chart'], 'chart');
        const file = { path, type: type };
        const variables = stringList(o['variables'], 'variables');
        const images = stringList(o['images'], 'images');
        if (variables)
            file.variables = variables;
        if (images)
            file.images = images;
        if (chart)
            file.chart = chart;
        if (typeof o['key'] === 'string')
            file.key = o['key'];
        if (typeof o['pattern'] === 'string')
            file.pattern = o['pattern'];
        if (o['optional'] === true)
            file.optional = true;
        return file;
    }
    const problem = pathProblem(line);
    if (problem)
        throw new Error(problem);
    const type = inferType(line);
    if (!type) {
        throw new Error(`cannot tell the kind of version file ${line} from its name; write it as JSON, e.g. {"path": "${line}", "type": "regex", "pattern": "..."}`);
    }
    return { path: line, type };
}

// EXTERNAL MODULE: ./actions/bump-version/target.ts
var target = __nccwpck_require__(4937);
;// CONCATENATED MODULE: ./actions/bump-version/inputs.ts
/**
 * The one place bump-version's inputs are read and validated. Nothing heavy is
 * loaded here: a refusal costs about the start-up of bare node.
 */





/** `versioned`: one pull request per version on `release-vX.Y.Z`; `current`: one pull request on a fixed branch, kept current. */
const PULL_REQUEST_KINDS = ['versioned', 'current'];
const SHA = /^[0-9a-fA-F]{7,40}$/;
/** Git's rules for a branch name, kept to what a base branch reasonably is. */
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)(?!.*\.lock$)(?!.*\/$)(?!.*\.$)[A-Za-z0-9._/-]{1,200}$/;
/** Labels: one a line, or comma-separated; GitHub allows 50 characters. */
function labels(defaultValue) {
    const inner = list();
    return {
        kind: 'list',
        read(name, raw) {
            const items = inner.read(name, raw === '' ? defaultValue : raw).flatMap((l) => l.split(',').map((s) => s.trim()).filter(Boolean));
            for (const label of items)
                if (label.length > 50)
                    throw new errors/* InputError */.dz(name, `expected labels of at most 50 characters, got ${JSON.stringify(label)}`);
            return [...new Set(items)];
        },
    };
}
/** The `files` input: each line parsed into a version file, errors naming the line. */
function versionFiles() {
    return {
        kind: 'list',
        read(name, raw) {
            const lines = list().read(name, raw);
            return lines.map((line, i) => {
                try {
                    return parseFileLine(line);
                }
                catch (err) {
                    throw new errors/* InputError */.dz(name, `line ${i + 1}: ${err.message}`);
                }
            });
        },
    };
}
const spec = {
    version: versionInput({ keywords: target/* KEYWORDS */.d6, required: true }),
    mode: oneOf(target/* MODES */.FN, 'release'),
    'cherry-pick': list({ item: (v) => (SHA.test(v) ? undefined : `expected a commit SHA (7 to 40 hex digits), got ${JSON.stringify(v)}`) }),
    base: str({ pattern: /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?$/, expected: 'a release line like 0.3, v0.3 or v0.3.1' }),
    preid: str({ default: 'rc', pattern: /^[0-9A-Za-z-]{1,32}$/, expected: 'a prerelease identifier like rc, alpha or beta' }),
    files: versionFiles(),
    changelog: bool(true),
    'open-pr': bool(true),
    'pull-request': oneOf(PULL_REQUEST_KINDS, 'versioned'),
    'pr-branch': str({ default: 'release-next', pattern: BRANCH, expected: 'a branch name like release-next' }),
    'base-branch': str({ pattern: BRANCH, expected: 'a branch name like main' }),
    labels: labels('release'),
    draft: bool(false),
    'dry-run': bool(false),
    'sign-off': bool(true),
    'signing-key': str({ pattern: /^[0-9A-Za-z@._+<>-]{1,128}$/, expected: 'a GPG key id, fingerprint or e-mail' }),
    'allow-downgrade': bool(false),
    token: secret(),
    config: withCheck(str(), (v) => (v.split('/').includes('..') || v.startsWith('/') ? `expected a path inside the repository, got ${JSON.stringify(v)}` : undefined)),
};
/** Reads every input, then checks the ones that only make sense together. */
function readBumpInputs(env = process.env) {
    const v = readInputs(spec, env);
    const inputs = {
        version: v.version,
        mode: v.mode,
        cherryPick: v['cherry-pick'],
        base: v.base,
        preid: v.preid,
        files: v.files,
        changelog: v.changelog,
        openPr: v['open-pr'],
        pullRequest: v['pull-request'],
        prBranch: v['pr-branch'],
        baseBranch: v['base-branch'],
        labels: v.labels,
        draft: v.draft,
        dryRun: v['dry-run'],
        signOff: v['sign-off'],
        signingKey: v['signing-key'],
        allowDowngrade: v['allow-downgrade'],
        token: v.token,
        config: v.config,
    };
    if (inputs.pullRequest === 'current')
        checkCurrent(inputs);
    if (inputs.mode === 'release') {
        if (inputs.cherryPick.length > 0)
            throw new errors/* InputError */.dz('cherry-pick', 'only a hotfix or a backport cherry-picks (set mode: hotfix or mode: backport)');
        if (inputs.base)
            throw new errors/* InputError */.dz('base', 'names the release line of a hotfix or backport; a release starts from base-branch');
    }
    else {
        if ((0,target/* isKeyword */.wb)(inputs.version) && !target/* PATCH_KEYWORDS */.Uk.includes(inputs.version)) {
            throw new errors/* InputError */.dz('version', `a ${inputs.mode} is a patch release of an existing line: expected an explicit version, patch or prerelease, got ${inputs.version}`);
        }
        if (inputs.mode === 'backport' && (0,target/* isKeyword */.wb)(inputs.version) && !inputs.base) {
            throw new errors/* InputError */.dz('base', `required for a backport of version '${inputs.version}': the release line to start from, like 0.3`);
        }
        if (inputs.base && !(0,target/* parseLine */.A)(inputs.base))
            throw new errors/* InputError */.dz('base', `expected a release line like 0.3, got ${JSON.stringify(inputs.base)}`);
    }
    if (inputs.openPr && !inputs.dryRun && inputs.token === '') {
        throw new errors/* InputError */.dz('token', 'required to open the pull request (or set open-pr: false)');
    }
    return inputs;
}
/** A pull request kept current follows the default branch with the version its commits ask for. */
function checkCurrent(inputs) {
    if (inputs.mode !== 'release')
        throw new errors/* InputError */.dz('pull-request', `current keeps the release pull request of the default branch; a ${inputs.mode} is prepared once (set pull-request: versioned)`);
    if (inputs.version !== 'auto')
        throw new errors/* InputError */.dz('version', `pull-request: current takes the version from the commits: expected auto, got ${JSON.stringify(inputs.version)}`);
    if (/^release-v\d/.test(inputs.prBranch))
        throw new errors/* InputError */.dz('pr-branch', `the branch of a pull request kept current holds every next version, so it names none: expected a name like release-next, got ${JSON.stringify(inputs.prBranch)}`);
}

;// CONCATENATED MODULE: ./actions/bump-version/idle.ts



/**
 * The base's files hold a version newer than the last tag: a release pull request was merged
 * and its signed tag is not pushed yet. A pull request opened now would propose that version
 * again, so the run waits for the tag, and names the commit the tag belongs on.
 */
async function awaitingTag(req) {
    const inFiles = filesVersion(req, req.contents);
    if (inFiles === undefined)
        return undefined;
    // without any tag the files' version is the current one: it waits for its tag only once a release pull request brought it
    const waiting = req.tagged ? (0,semver_version/* compareVersions */.Zy)(inFiles, req.current) > 0 : await broughtByRelease(req, inFiles);
    if (!waiting)
        return undefined;
    const commit = (await versionCommit(req, inFiles)) ?? req.tip;
    return {
        idle: 'awaiting-tag',
        current: req.current,
        version: inFiles,
        commit,
        message: `${req.base} holds version ${inFiles} since ${commit.slice(0, 12)} and its tag ${(0,semver_version/* tagOf */.cO)(inFiles)} is not pushed yet (${req.tagged ? `the last release is ${(0,semver_version/* tagOf */.cO)(req.current)}` : 'the first release'}): ` +
            `the release pull request was merged; push the signed tag ${(0,semver_version/* tagOf */.cO)(inFiles)} on ${commit} (docs/workflows.md, "Tagging a merged release pull request"), and the next run opens the pull request of the release after it`,
    };
}
function nothingToRelease(current, since) {
    return {
        idle: 'nothing-to-release',
        current,
        commit: '',
        message: `nothing to release: no commit since ${since ?? 'the first commit'} that a release would list (features, fixes, changes without a conventional type) and ## [Unreleased] is empty; no pull request opened, an open one is left as it is`,
    };
}
/** The one version the files agree on; undefined when they disagree (the pull request then repairs them). */
function filesVersion(req, contents) {
    try {
        return req.planner.currentVersionOf(req.files, contents, req.readOptions);
    }
    catch {
        return undefined;
    }
}
/**
 * Whether the base holds a release commit of `version`: the bump commit, or the squash of its
 * pull request (`Release vX.Y.Z (#N)`). Recognised by exact text, as the changelog does.
 */
async function broughtByRelease(req, version) {
    const texts = new Set([(0,release_commit/* releasePullTitle */.xs)('release', version), (0,release_commit/* bumpCommitMessage */.r4)(version)]);
    const out = await req.git.out(['log', '-n', '1000', '--format=%s', '--end-of-options', req.tip]);
    return out.split('\n').some((subject) => texts.has(subject.replace(/\s+\(#\d+\)$/, '')));
}
/** The oldest commit of the base's first-parent line since the last tag whose files hold `version`. */
async function versionCommit(req, version) {
    const paths = [...new Set(req.files.map((f) => f.path))];
    const range = req.last.sha ? `${req.last.sha}..${req.tip}` : req.tip;
    const out = await req.git.out(['rev-list', '--first-parent', '--reverse', '--end-of-options', range, '--', ...paths]);
    for (const sha of out ? out.split('\n') : []) {
        if (filesVersion(req, await (0,repo/* readAt */.m6)(req.git, sha, paths)) === version)
            return sha;
    }
    return undefined;
}
async function reportIdle(log, i, where) {
    const { setOutputs, appendSummary } = await __nccwpck_require__.e(/* import() */ 554).then(__nccwpck_require__.bind(__nccwpck_require__, 9554));
    log.notice(i.message);
    await setOutputs({
        version: i.version ?? '',
        'previous-version': i.current,
        'release-type': '',
        tag: i.version ? (0,semver_version/* tagOf */.cO)(i.version) : '',
        branch: where.branch,
        'base-branch': where.base,
        commit: i.commit,
        'changed-files': '[]',
        'pr-number': '',
        'pr-url': '',
        status: i.idle,
    });
    await appendSummary(`## bump-version: ${i.idle}\n\n${i.message}\n`);
}

;// CONCATENATED MODULE: ./actions/bump-version/pr-body.ts
/**
 * The release pull request's body: WVA's "Release Checklist Template"
 * (from WVA's release process document), preceded by the lines of its step 5
 * ("Release v0.x.0 / See CHANGELOG.md for full details."). The same text ships as
 * `release-checklist.md` beside this file (a test keeps the two equal); it is a
 * constant here because the bundle carries code, not text files.
 *
 * A repository overrides it with the `pr-template` key of its configuration (a path in
 * the repository). Placeholders: `{tag}` (v0.5.0), `{version}` (0.5.0),
 * `{previous_tag}`, `{previous_version}`, `{branch}`, `{base}`, `{changelog}` (its
 * path), `{title}`; an unknown `{name}` is left as written. A template copied from
 * the process document works as it is: its `v0.x.0` and `0.x.0` are filled in too.
 */
const RELEASE_CHECKLIST = `Release {tag}

See {changelog} for full details.

## Release {tag} Checklist

### Pre-Release
- [ ] All tests passing on main
- [ ] No blocking issues in milestone
- [ ] Documentation reviewed and updated
- [ ] Breaking changes documented
- [ ] Migration guide created (if needed)

### Release Preparation
- [ ] Release branch created
- [ ] Version numbers updated (Chart.yaml, Makefile, etc.)
- [ ] {changelog} updated
- [ ] Release PR created and reviewed
- [ ] PR merged to main

### Release Execution
- [ ] Git tag created and pushed
- [ ] CI/CD pipeline completed successfully
- [ ] Docker images published
- [ ] Helm chart published
- [ ] GitHub release created

### Post-Release
- [ ] Release verified on clean cluster
- [ ] GitHub release notes updated
- [ ] Announcement posted to community
- [ ] Documentation site updated
- [ ] Next milestone created

### Issues During Release
- [ ] No issues / Document any issues here
`;
function fillPullBody(template, values) {
    const table = values;
    return template
        .replace(/\{([a-z_]+)\}/g, (whole, name) => (Object.hasOwn(table, name) ? table[name] : whole))
        .replace(/(?<![\w.])v0\.x\.0(?![\w.])/g, values.tag)
        .replace(/(?<![\w.])0\.x\.0(?![\w.])/g, values.version);
}

;// CONCATENATED MODULE: ./actions/bump-version/run.ts
/**
 * bump-version: validate everything → plan → act.
 *
 * Every refusal (inputs, a dirty work tree, a version already tagged or not greater, a
 * branch that holds something else, an unknown cherry-pick…) happens in the plan, before
 * anything is written. The current version is the newest release tag of the line (the
 * files' only when there is no tag); every reference the release owns moves to the new
 * version whatever it held, so the release pull request repairs a drifted repository.
 */
















async function main() {
    const bump = await run_open();
    const planned = await plan(bump);
    if ('idle' in planned)
        return reportIdle(bump.log, planned, { branch: bump.inputs.prBranch, base: bump.base });
    const [{ setOutputs, appendSummary }, { renderPlan, renderSummary }, { renderDiff }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 554).then(__nccwpck_require__.bind(__nccwpck_require__, 9554)),
        Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(404)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3404)),
        Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(216)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4216)),
    ]);
    bump.log.info(renderPlan(planned.report));
    const edits = planned.report.edits;
    const diff = renderDiff(edits);
    if (diff)
        await bump.log.group('diff', async () => bump.log.info(diff));
    if (!bump.inputs.dryRun)
        await act(bump, planned);
    await setOutputs(outputs(planned));
    // the diff of the log, unless a cherry-pick made the edits anew
    await appendSummary(renderSummary(planned.report, planned.report.edits === edits ? diff : undefined));
}
/** Inputs, configuration, a clean work tree, the remote's refs and where the branch starts. */
async function run_open() {
    const inputs = readBumpInputs();
    const ctx = readContext();
    const config = await loadConfig({ workspace: ctx.workspace, ...(inputs.config ? { path: inputs.config } : {}), repository: ctx.repository });
    const git = new git_git/* Git */.TU(ctx.workspace, {
        ...(inputs.token ? { token: inputs.token } : {}),
        serverUrl: ctx.serverUrl,
        identity: config.gitIdentity ?? git_git/* BOT_IDENTITY */.br,
    });
    // the status, the remote's refs and the local tags are read at once (three git processes
    // side by side, while the modules load); the errors keep their order
    const clean = assertClean(git, ctx);
    const remoteRead = (0,repo/* remoteRefs */.dM)(git, bump_version_history/* REMOTE */.Bn);
    const tagsRead = (0,repo/* localTags */.hs)(git);
    for (const p of [clean, remoteRead, tagsRead])
        p.catch(() => undefined);
    const [{ runnerLog }, planner] = await Promise.all([__nccwpck_require__.e(/* import() */ 554).then(__nccwpck_require__.bind(__nccwpck_require__, 9554)), Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(674), __nccwpck_require__.e(659), __nccwpck_require__.e(443), __nccwpck_require__.e(893)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2893))]);
    const log = await runnerLog();
    await clean;
    const remote = await remoteRead;
    const tagCommits = new Map([...(await tagsRead), ...remote.tags]);
    const tags = [...tagCommits.keys()];
    const base = inputs.baseBranch || remote.defaultBranch || eventDefaultBranch(ctx) || 'main';
    const baseTip = remote.heads.get(base);
    if (!baseTip) {
        throw new errors/* ActionError */.lZ(`the base branch ${base} is not on ${bump_version_history/* REMOTE */.Bn} (branches: ${[...remote.heads.keys()].slice(0, 10).join(', ') || 'none'})`);
    }
    let start;
    if (inputs.mode === 'release') {
        start = { label: base, sha: baseTip };
    }
    else {
        const { tag } = (0,target/* startTag */.PX)({ mode: inputs.mode, version: inputs.version, ...(inputs.base ? { base: inputs.base } : {}), tags });
        start = { label: tag, sha: tagCommits.get(tag) };
    }
    start.sha = await (0,repo/* ensureCommit */.q$)(git, bump_version_history/* REMOTE */.Bn, start.sha, `the start point ${start.label}`);
    let lastRelease;
    const last = () => (lastRelease ??= (0,bump_version_history/* lastReleaseBefore */.rT)(git, start.sha, tags, tagCommits));
    return { inputs, ctx, config, git, log, planner, remote, tagCommits, tags, base, start, last };
}
async function assertClean(git, ctx) {
    const dirty = await (0,repo/* dirtyFiles */.y1)(git);
    if (!dirty) {
        throw new errors/* ActionError */.lZ(`${ctx.workspace} is not a git work tree: check the repository out first (actions/checkout with fetch-depth: 0)`);
    }
    if (dirty.length > 0) {
        throw new errors/* ActionError */.lZ(`the work tree is not clean (${dirty.length} change${dirty.length === 1 ? '' : 's'}: ${dirty.slice(0, 5).map((l) => l.trim()).join('; ')}${dirty.length > 5 ? '; …' : ''}); ` +
            'bump-version starts from a clean checkout: commit or remove the changes first');
    }
}
/** The references the release owns at the start commit, and their texts. */
async function references(b, also) {
    const { referencePaths, releaseReferences } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(443)]).then(__nccwpck_require__.bind(__nccwpck_require__, 443));
    const paths = await (0,repo/* listPaths */.Pe)(b.git, b.start.sha);
    const config = { ...b.config, ...(b.config.versionFiles ? { versionFiles: b.config.versionFiles } : {}) };
    // the changelog is read in the same `cat-file --batch` as the references
    const contents = await (0,repo/* readAt */.m6)(b.git, b.start.sha, [...referencePaths(paths, config, b.inputs.files), ...also]);
    const refs = releaseReferences({ paths, contents, config, repository: b.ctx.repository, files: b.inputs.files });
    const more = refs.files.map((f) => f.path).filter((p) => !contents.has(p));
    for (const [p, t] of await (0,repo/* readAt */.m6)(b.git, b.start.sha, more))
        contents.set(p, t);
    return { refs, contents };
}
/**
 * The current version: the start tag for a hotfix or backport, else the newest release
 * tag; only without any tag, what the files say.
 */
function currentOf(b, refs, contents, readOptions) {
    const tag = b.inputs.mode === 'release' ? currentTag(b.tags) : currentTag(b.tags, b.start.label);
    if (tag)
        return { version: tag.version, from: `tag ${tag.tag}`, tagged: true };
    return { version: b.planner.currentVersionOf(refs.files, contents, readOptions), from: 'the version files: no release tag yet', tagged: false };
}
async function newVersion(b, current) {
    let auto;
    let releasable;
    if (b.inputs.version === 'auto') {
        const found = await (0,bump_version_history/* autoFromCommits */.KS)(b.git, b.start.sha, await b.last(), current, { allowNone: living(b) });
        auto = found.kind;
        releasable = found.releasable;
        b.log.info(`version auto: ${found.count} commit(s) since ${found.since ?? 'the first commit'}, ${found.releasable} to release → ${auto}`);
    }
    const next = (0,target/* nextVersion */.yU)(b.inputs.version, current, { preid: b.inputs.preid, ...(auto ? { auto } : {}) });
    const problem = (0,semver_version/* versionProblem */.Ec)(next);
    if (problem)
        throw new errors/* ActionError */.lZ(`new version: ${problem}`);
    const tagged = existingTag(b.tags, next);
    if (tagged)
        throw new errors/* ActionError */.lZ(`version ${next} is already released (tag ${tagged}); expected a version without a tag, greater than ${current}`);
    return { next, ...(releasable !== undefined ? { releasable } : {}) };
}
function living(b) {
    return b.inputs.pullRequest === 'current';
}
async function plan(b) {
    const changelogPath = b.inputs.changelog ? b.config.changelog : undefined;
    const { refs, contents } = await references(b, changelogPath ? [changelogPath] : []);
    const readOptions = { images: refs.images, tagsPrefixed: tagsPrefixed(b.tags) };
    const currentFound = currentOf(b, refs, contents, readOptions);
    const current = currentFound.version;
    if (living(b)) {
        const waiting = await awaitingTag({ git: b.git, base: b.base, tip: b.start.sha, last: await b.last(), current, tagged: currentFound.tagged, files: refs.files, contents, planner: b.planner, readOptions });
        if (waiting)
            return waiting;
    }
    const { next, releasable } = await newVersion(b, current);
    const written = changelogPath !== undefined && !b.planner.unreleasedOf(contents.get(changelogPath) ?? '', changelogPath).empty;
    if (living(b) && releasable === 0 && !written)
        return nothingToRelease(current, (await b.last()).tag);
    b.log.info(`current version ${current} (from ${currentFound.from}); new version ${next}`);
    const picks = await (0,bump_version_history/* resolvePicks */.fe)(b.git, b.inputs.cherryPick, b.start);
    let commits;
    if (changelogPath && !written) {
        commits = await (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(674), __nccwpck_require__.e(659), __nccwpck_require__.e(776)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7776))).releaseCommits(b.git, b.start.sha, await b.last(), picks, b.config.changelogInclude);
        const created = contents.get(changelogPath) === undefined;
        const where = created ? `not there yet at ${b.start.label}; created with the ${next} section from` : `## [Unreleased] is empty at ${b.start.label}; the ${next} section comes from`;
        b.log.info(`${changelogPath}: ${where} the commits (${commits.described}): ${commits.entries.length} entr${commits.entries.length === 1 ? 'y' : 'ies'}`);
    }
    const previous = (0,semver_version/* previousTag */.W8)(b.tags, next);
    const planRequest = (c) => ({
        files: refs.files,
        contents: c,
        current,
        next,
        allowDowngrade: b.inputs.allowDowngrade,
        references: readOptions,
        ...(changelogPath
            ? { changelog: { path: changelogPath, text: c.get(changelogPath) ?? '', date: releaseDate(), repoUrl: `${b.ctx.serverUrl}/${b.ctx.repository}`, ...(previous ? { previousTag: previous } : {}), ...(commits ? { commits } : {}) } }
            : {}),
    });
    const bumped = b.planner.planBump(planRequest(contents));
    const branch = living(b) ? b.inputs.prBranch : (0,target/* branchName */.at)(b.inputs.mode, next, b.config.releaseBranchPrefix);
    (0,git_git/* assertRef */.io)(branch);
    if (living(b) && branch === b.base)
        throw new errors/* InputError */.dz('pr-branch', `names the base branch ${b.base}, which the release pull request merges into: expected a branch of its own, like release-next`);
    const title = (0,target/* pullTitle */.SI)(b.inputs.mode, next);
    const tag = (0,semver_version/* tagOf */.cO)(next);
    const body = fillPullBody(await pullTemplate(b.ctx, b.config), { tag, version: next, previous_tag: (0,semver_version/* tagOf */.cO)(current), previous_version: current, branch, base: b.base, changelog: b.config.changelog, title });
    const existingTip = living(b) ? b.remote.heads.get(branch) : await existingBranch(b, refs, branch, next, readOptions);
    const report = {
        mode: b.inputs.mode,
        status: b.inputs.dryRun ? 'dry-run' : existingTip ? 'exists' : 'created',
        previousVersion: current,
        version: next,
        tag,
        // a first release is a step from nothing, whatever the files said before it
        releaseType: (0,semver_version/* releaseType */.cC)(currentFound.tagged ? current : undefined, next),
        branch,
        base: b.base,
        start: b.start,
        cherryPicks: picks,
        edits: bumped.edits,
        skipped: bumped.plan.skipped,
        filesSource: describeSource(refs.source, refs.files),
        ...(b.inputs.dryRun ? { pullNote: 'not opened (dry run)' } : b.inputs.openPr ? {} : { pullNote: 'not opened (open-pr: false)' }),
    };
    const paths = [...refs.files.map((f) => f.path), ...(changelogPath ? [changelogPath] : [])];
    return { current, next, branch, title, body, refs, readOptions, paths, edits: bumped.edits, planRequest, ...(existingTip ? { existingTip } : {}), report };
}
/** A branch of that name already on the remote: our earlier run (it holds `next`), or someone else's (refused). */
async function existingBranch(b, refs, branch, next, readOptions) {
    const tip = b.remote.heads.get(branch);
    if (!tip)
        return undefined;
    await (0,repo/* ensureCommit */.q$)(b.git, bump_version_history/* REMOTE */.Bn, tip, `the tip of ${branch}`);
    const atTip = await (0,repo/* readAt */.m6)(b.git, tip, refs.files.map((f) => f.path));
    let holds = false;
    let why = '';
    try {
        holds = b.planner.holdsVersion(refs.files, atTip, next, readOptions);
    }
    catch (err) {
        why = `: ${err.message}`;
    }
    if (!holds) {
        throw new errors/* ActionError */.lZ(`branch ${branch} already exists on ${bump_version_history/* REMOTE */.Bn} (${tip.slice(0, 12)}) and does not hold version ${next}${why}; delete the branch, or bump another version`);
    }
    return tip;
}
/** The commit and push (unless the branch already holds the bump), then the pull request. */
async function act(b, p) {
    if (living(b))
        return actLiving(b, p);
    const { report, next, branch } = p;
    if (p.existingTip) {
        report.commit = p.existingTip;
        b.log.info(`branch ${branch} already holds ${next} (${p.existingTip.slice(0, 12)}): nothing to commit or push`);
    }
    else {
        const holds = (c) => b.planner.holdsVersion(p.refs.files, c, next, p.readOptions);
        const made = await commitAndPush({ git: b.git, ctx: b.ctx, inputs: b.inputs, planner: b.planner, start: b.start, branch, next, picks: report.cherryPicks, edits: p.edits, planRequest: p.planRequest, holds, paths: p.paths });
        report.commit = made.commit;
        if (made.edits)
            report.edits = made.edits;
        if (!made.pushed) {
            report.status = 'exists';
            b.log.info(`branch ${branch} was pushed by someone else meanwhile and already holds ${next}`);
        }
        else {
            b.log.info(`pushed ${made.commit.slice(0, 12)} to ${branch}`);
        }
    }
    if (!b.inputs.openPr)
        return;
    const [{ createGitHubClient }, { findOpenPull, openPull }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(305)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7305)), Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(134)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3134))]);
    const client = createGitHubClient({ token: b.inputs.token, baseUrl: b.ctx.apiUrl, log: (m) => b.log.warning(m) });
    const spec = { owner: b.ctx.owner, repo: b.ctx.repo, branch, base: b.base, title: p.title, body: p.body, draft: b.inputs.draft, labels: b.inputs.labels };
    const pull = (await findOpenPull(client, spec)) ?? (await openPull(client, spec));
    report.pull = { number: pull.number, url: pull.url, existed: pull.existed };
    b.log.info(pull.existed ? `pull request #${pull.number} is already open: ${pull.url}` : `opened pull request #${pull.number}: ${pull.url}`);
}
/** The release pull request kept current: the commit rebuilt on the base's tip, the branch and the pull request brought up to date. */
async function actLiving(b, p) {
    const [{ keepCurrent }, { createGitHubClient }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(633)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1633)), Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(305)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7305))]);
    const client = b.inputs.openPr ? createGitHubClient({ token: b.inputs.token, baseUrl: b.ctx.apiUrl, log: (m) => b.log.warning(m) }) : undefined;
    await keepCurrent({
        git: b.git,
        log: b.log,
        inputs: b.inputs,
        ...(b.config.gitIdentity ? { identity: b.config.gitIdentity } : {}),
        ...(client ? { client } : {}),
        repo: { owner: b.ctx.owner, repo: b.ctx.repo },
        base: { name: b.base, tip: b.start.sha },
        branch: p.branch,
        ...(p.existingTip ? { tip: p.existingTip } : {}),
        next: p.next,
        title: p.title,
        body: p.body,
        edits: p.edits,
        tempDir: b.ctx.runnerTemp,
        report: p.report,
    });
}
function outputs(p) {
    const r = p.report;
    return {
        version: r.version,
        'previous-version': r.previousVersion,
        'release-type': r.releaseType,
        tag: r.tag,
        branch: r.branch,
        'base-branch': r.base,
        commit: r.commit ?? '',
        'changed-files': JSON.stringify(r.edits.map((e) => e.path)),
        'pr-number': r.pull ? String(r.pull.number) : '',
        'pr-url': r.pull?.url ?? '',
        status: r.status,
    };
}
function eventDefaultBranch(ctx) {
    const repo = ctx.event['repository'];
    const value = typeof repo === 'object' && repo !== null ? repo['default_branch'] : undefined;
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function describeSource(source, files) {
    const paths = [...new Set(files.map((f) => f.path))];
    const what = source === 'input' ? 'the files input' : source === 'config' ? 'the configuration' : 'discovered';
    return `${what}: ${paths.join(', ')}`;
}
async function pullTemplate(ctx, config) {
    if (!config.prTemplate)
        return RELEASE_CHECKLIST;
    const path = config.prTemplate;
    if (path.startsWith('/') || path.split('/').includes('..'))
        throw new errors/* FileError */.f6(config.source ?? '.github/release-actions.yaml', `pr-template must be a path inside the repository, got ${path}`);
    try {
        return await (0,promises_.readFile)((0,external_node_path_.join)(ctx.workspace, path), 'utf8');
    }
    catch {
        throw new errors/* FileError */.f6(path, 'the pull request template named by the configuration (pr-template) is missing');
    }
}

;// CONCATENATED MODULE: ./actions/bump-version/index.ts


void runAction('bump-version', main);

