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

/***/ 6688:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ resolveCharts),
/* harmony export */   e: () => (/* binding */ ownCharts)
/* harmony export */ });
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


/***/ }),

/***/ 1766:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   n2: () => (/* binding */ validateDigest),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7378);


const SHA256 = /^sha256:[a-f0-9]{64}$/;
function isDigest(value) {
    return SHA256.test(value);
}
/** Returns the digest unchanged, or throws an error that says what is wrong with it. */
function validateDigest(value, what = 'digest') {
    if (isDigest(value))
        return value;
    const shown = value.length > 80 ? `${value.slice(0, 80)}...` : value;
    const colon = value.indexOf(':');
    if (colon <= 0)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${what} '${shown}' is not a digest: expected 'sha256:' followed by 64 lowercase hex digits`);
    const algorithm = value.slice(0, colon);
    const hex = value.slice(colon + 1);
    if (algorithm !== 'sha256') {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${what} '${shown}' uses the algorithm '${algorithm}'; only sha256 digests are supported`);
    }
    if (/^[a-fA-F0-9]{64}$/.test(hex)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${what} '${shown}' has uppercase hex digits; digests are lowercase`);
    }
    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${what} '${shown}' is not a digest: expected 64 lowercase hex digits after 'sha256:', found ${hex.length} characters`);
}
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}


/***/ }),

/***/ 7837:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   formatReference: () => (/* binding */ formatReference),
/* harmony export */   hostName: () => (/* binding */ hostName),
/* harmony export */   isLoopbackHost: () => (/* binding */ isLoopbackHost),
/* harmony export */   isValidTag: () => (/* binding */ isValidTag),
/* harmony export */   parseChartLocation: () => (/* binding */ parseChartLocation),
/* harmony export */   parseReference: () => (/* binding */ parseReference),
/* harmony export */   validateRegistryHost: () => (/* binding */ validateRegistryHost),
/* harmony export */   validateRepository: () => (/* binding */ validateRepository),
/* harmony export */   validateTag: () => (/* binding */ validateTag)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7378);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1766);


const DOCKER_HUB = 'docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::[0-9]{1,5})?$/;
const IPV6_HOST = /^\[[0-9a-f:.]+\](?::[0-9]{1,5})?$/;
function fail(text, why) {
    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`reference '${text}': ${why}`);
}
function isValidTag(tag) {
    return TAG.test(tag);
}
/** Throws unless `tag` is a valid tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`). */
function validateTag(tag) {
    if (!isValidTag(tag)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`tag '${tag}' is not valid: a tag is 1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`);
    }
    return tag;
}
/** Throws unless `name` is a valid repository path (lowercase components separated by '/'). */
function validateRepository(name) {
    if (name.length === 0 || name.length > 255) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`repository '${name}' is not valid: it must be 1 to 255 characters`);
    }
    for (const component of name.split('/')) {
        if (!COMPONENT.test(component)) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`repository '${name}' is not valid: component '${component}' must be lowercase letters and digits, separated by '.', '_', '__' or '-'`);
        }
    }
    return name;
}
/** Throws unless `host` is `name[:port]` or `[ipv6][:port]`; returns it lowercased. */
function validateRegistryHost(host) {
    const lower = host.toLowerCase();
    if (!HOSTNAME.test(lower) && !IPV6_HOST.test(lower)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`registry '${host}' is not a host name with an optional port`);
    }
    const port = /:([0-9]+)$/.exec(lower.replace(/^\[[^\]]*\]/, ''));
    if (port && (Number(port[1]) < 1 || Number(port[1]) > 65535)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`registry '${host}' has an invalid port`);
    }
    return lower;
}
/** True when the first path component names a registry rather than a Docker Hub namespace. */
function looksLikeRegistry(component) {
    return component.includes('.') || component.includes(':') || component.startsWith('[') || component === 'localhost';
}
/**
 * Parses `ghcr.io/org/image:tag`, `127.0.0.1:5000/x/y@sha256:...` or `name:tag@sha256:...`.
 * Without a registry part the reference is on Docker Hub (`nginx` is `docker.io/library/nginx`).
 */
function parseReference(text) {
    if (text.length === 0)
        fail(text, 'it is empty');
    if (/\s/.test(text))
        fail(text, 'it contains whitespace');
    if (text.includes('://'))
        fail(text, "write it without a scheme, as 'host/repository:tag'");
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .validateDigest */ .n2)(rest.slice(at + 1), `digest in reference '${text}'`);
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon >= 0 && !(lastSlash < 0 && rest.startsWith('['))) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isValidTag(tag))
            fail(text, `tag '${tag}' is not valid (1 to 128 of [A-Za-z0-9_.-], not starting with '.' or '-')`);
    }
    const slash = rest.indexOf('/');
    let registry = DOCKER_HUB;
    let repository = rest;
    if (slash >= 0 && looksLikeRegistry(rest.slice(0, slash))) {
        registry = rest.slice(0, slash);
        repository = rest.slice(slash + 1);
    }
    try {
        registry = validateRegistryHost(registry);
        validateRepository(repository);
    }
    catch (error) {
        fail(text, error.message);
    }
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    const reference = { registry, repository };
    if (tag !== undefined)
        reference.tag = tag;
    if (digest !== undefined)
        reference.digest = digest;
    return reference;
}
/**
 * Resolves a Helm OCI location (`oci://ghcr.io/org/charts`) and a chart name to the chart's
 * repository (`ghcr.io`, `org/charts/<chart>`), as `helm push <chart> oci://...` does.
 */
function parseChartLocation(location, chartName) {
    const text = location.trim();
    if (!text.startsWith('oci://')) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`chart registry '${location}' must start with 'oci://' (for example oci://ghcr.io/org/charts)`);
    }
    const body = text.slice('oci://'.length).replace(/\/+$/, '');
    if (body.length === 0)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`chart registry '${location}' names no registry host`);
    if (body.includes('@') || body.includes('?') || body.includes('#')) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`chart registry '${location}' must be a location without tag or digest`);
    }
    const slash = body.indexOf('/');
    const host = slash < 0 ? body : body.slice(0, slash);
    const path = slash < 0 ? '' : body.slice(slash + 1);
    if (path.includes(':')) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`chart registry '${location}' must be a location without tag; the tag is the chart version`);
    }
    const registry = validateRegistryHost(host);
    const repository = path.length > 0 ? `${path}/${chartName}` : chartName;
    if (!COMPONENT.test(chartName)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`chart name '${chartName}' cannot be an OCI repository name: use lowercase letters, digits and '-'`);
    }
    validateRepository(repository);
    return { registry, repository };
}
/** `registry/repository[:tag][@digest]`. */
function formatReference(reference) {
    let text = `${reference.registry}/${reference.repository}`;
    if (reference.tag !== undefined)
        text += `:${reference.tag}`;
    if (reference.digest !== undefined)
        text += `@${reference.digest}`;
    return text;
}
/** The host without its port: `127.0.0.1`, `localhost`, `[::1]`. */
function hostName(host) {
    if (host.startsWith('['))
        return host.slice(0, host.indexOf(']') + 1);
    const colon = host.lastIndexOf(':');
    return colon >= 0 ? host.slice(0, colon) : host;
}
/** True for 127.0.0.0/8, localhost and [::1], with or without a port. */
function isLoopbackHost(host) {
    const name = hostName(host.toLowerCase());
    return name === 'localhost' || name === '[::1]' || name === '::1' || /^127(?:\.[0-9]{1,3}){3}$/.test(name);
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

/***/ 4657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ chartNameOf),
/* harmony export */   Jp: () => (/* binding */ chartFolder),
/* harmony export */   Jw: () => (/* binding */ buildChart),
/* harmony export */   YC: () => (/* binding */ keyLine)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7378);
/* harmony import */ var _dependencies_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9932);
/**
 * The chart folder: which one (input, configuration, the single charts/*), its validation and
 * its package, written under RUNNER_TEMP (outside the workspace, so the checkout stays clean).
 */




/** The chart folder relative to the workspace: the input, else the configuration's (the single charts/*). */
function chartFolder(input, config) {
    const rel = (input || config.chart || '').replace(/\/+$/, '');
    if (rel)
        return rel;
    if (config.chartCandidates.length > 1) {
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('chart', `the repository has ${config.chartCandidates.length} charts (${config.chartCandidates.join(', ')}): name the one to publish`);
    }
    throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('chart', 'no chart found (no charts/*/Chart.yaml in the workspace and none configured): name the chart folder');
}
/** The 1-based line of a top-level key in a YAML text, when it is there. */
function keyLine(text, key) {
    const i = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return i >= 0 ? i + 1 : undefined;
}
/**
 * Loads and validates the chart as `helm package` does, checks it against the `version` input
 * (which comes without its `v`: `v1.4.0` in Chart.yaml matches an input of 1.4.0 or v1.4.0),
 * packages it as Helm's Save writes it and writes the package to `outDir`.
 * Dependencies that are not vendored are fetched from Chart.lock first (or, without a lock,
 * resolved as `helm dependency build` resolves them, the lock it writes packaged too) and
 * packaged as `charts/<name>-<version>.tgz` (`extraCharts`, the one place they enter packaging).
 */
async function buildChart(helm, workspace, rel, version, outDir, options = {}) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, rel);
    const deps = options.dependencies ? await (0,_dependencies_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveDependencies */ ._)(helm, dir, rel, options.dependencies) : { files: [], notes: [] };
    const { files: extraCharts, notes } = deps;
    const chart = helm.loadChart(dir, { displayDir: rel, extraCharts, ...(deps.lock ? { generatedLock: deps.lock } : {}), ...(options.lintManifests ? { lintManifests: true } : {}) });
    const md = chart.metadata;
    if (version && version !== md.version.replace(/^v/, '')) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(rel, 'Chart.yaml');
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Chart.yaml'), 'utf8');
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(file, `version is ${md.version}, but the version input is ${version}: bump the chart first (bump-version) or publish ${md.version}`, keyLine(text, 'version'));
    }
    const pkg = helm.packageChart(dir, { chart, displayDir: rel });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(outDir, { recursive: true });
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, pkg.filename);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, pkg.bytes);
    return { name: md.name, version: md.version, metadata: md, bytes: pkg.bytes, digest: pkg.digest, filename: pkg.filename, path, warnings: chart.warnings, dependencies: notes, resolutions: deps.resolutions ?? [] };
}
/**
 * The chart's name for a rollback, read from Chart.yaml alone: a rollback must not depend on
 * the chart's dependencies being vendored or its templates being valid.
 */
async function chartNameOf(workspace, rel, chartNamePattern) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(rel, 'Chart.yaml');
    // join on a resolved directory: a literal file name in path.resolve() makes ncc bundle it as an asset
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, rel);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Chart.yaml'), 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(file, 'the chart has no Chart.yaml');
        throw e;
    }
    const { parseDocument } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const doc = parseDocument(text, { prettyErrors: false });
    if (doc.errors.length > 0)
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(file, `not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    const name = doc.get('name');
    if (typeof name !== 'string' || !chartNamePattern.test(name)) {
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(file, `name ${JSON.stringify(name ?? null)} is not a chart name (lowercase letters, digits and dashes)`, keyLine(text, 'name'));
    }
    return name;
}


/***/ }),

/***/ 9932:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ dependencyOptions),
/* harmony export */   _: () => (/* binding */ resolveDependencies)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The chart's dependencies that are not vendored under charts/: planned from Chart.lock and
 * fetched (or found in the cache) before the chart is validated, then handed to packaging as
 * extra `charts/<name>-<version>.tgz` members. The checkout is never written to.
 */


/** Where the cache lives (RUNNER_TEMP/publish-helm-dependencies) and the registry credentials that apply. */
async function dependencyOptions(env) {
    const { inputs, ctx, settings } = env;
    const options = { cacheDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.runnerTemp, 'publish-helm-dependencies'), root: ctx.workspace };
    if (settings.ociRegistry && inputs.registryUsername) {
        const { parseChartLocation } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 7837));
        const { registry } = parseChartLocation(settings.ociRegistry, 'chart');
        options.credentials = { registry, credentials: { username: inputs.registryUsername, password: inputs.registryPassword } };
    }
    return options;
}
const NONE = { files: [], notes: [] };
/** `grafana 12.11.1 (Chart.yaml line 57 asks for 12.11.*)`: what each range resolved to. */
function resolutionNote(r, chartFile) {
    return `\`${r.name}\` resolved to ${r.version} from ${r.repository} (${chartFile}:${r.line} asks for ${r.constraint ? `\`${r.constraint}\`` : 'any version'}; no Chart.lock)`;
}
/**
 * Plans from Chart.yaml + Chart.lock; fetches only when something is missing from charts/.
 * Without a Chart.lock, resolves the versions first as `helm dependency build` does then
 * (each repository's index read once, shared with the fetch) and returns the lock to package.
 */
async function resolveDependencies(helm, dir, display, options) {
    const chartYaml = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Chart.yaml'), 'utf8').catch(() => undefined);
    if (chartYaml === undefined)
        return NONE;
    const chartLock = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Chart.lock'), 'utf8').catch(() => undefined);
    const files = helm
        .listChartFiles(dir, display)
        .entries.filter((e) => !e.isDir)
        .map((e) => e.path);
    const plan = helm.planDependencies({ display, chartYaml, ...(chartLock !== undefined ? { chartLock } : {}), files });
    if (plan.fetch.length === 0 && !plan.unlocked)
        return NONE;
    const { fetchDependencies, readResolveSources, Repositories } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(697), __nccwpck_require__.e(186), __nccwpck_require__.e(443)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1443));
    const creds = options.credentials;
    const fetchOptions = {
        cacheDir: options.cacheDir,
        local: { chartDir: dir, root: options.root ?? dir },
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(creds ? { credentials: (registry) => (registry === creds.registry ? creds.credentials : undefined) } : {}),
    };
    const repositories = new Repositories(fetchOptions);
    let toFetch = plan.fetch;
    let resolved;
    if (plan.unlocked) {
        resolved = helm.resolveLock(plan.unlocked, await readResolveSources(plan.unlocked, repositories, fetchOptions));
        toFetch = resolved.fetch;
    }
    const fetched = await fetchDependencies(toFetch, { ...fetchOptions, repositories });
    const notes = fetched.map((f) => `\`${f.path}\` from ${f.source === 'cache' ? 'the cache' : f.source === 'folder' ? `the folder ${f.from}` : f.from} (sha256 \`${f.digest}\`)`);
    return {
        files: fetched.map((f) => ({ name: f.path.replace(/^charts\//, ''), data: f.bytes })),
        notes,
        ...(resolved ? { resolutions: resolved.resolutions.map((r) => resolutionNote(r, plan.unlocked.chartFile)), lock: helm.generatedLockValue(resolved) } : {}),
    };
}


/***/ }),

/***/ 254:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GO: () => (/* binding */ onBranch),
/* harmony export */   e4: () => (/* binding */ warnAt),
/* harmony export */   vk: () => (/* binding */ pagesOptions)
/* harmony export */ });
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7378);

function pagesOptions(env) {
    return {
        workspace: env.ctx.workspace,
        serverUrl: env.ctx.serverUrl,
        repository: env.ctx.repository,
        token: env.inputs.token,
        branch: env.settings.pagesBranch,
        tempRoot: env.ctx.runnerTemp,
        ...(env.config.gitIdentity ? { identity: env.config.gitIdentity } : {}),
    };
}
/**
 * An error about the index, said to be on the pages branch, with what happened: nothing
 * written. A FileError keeps its file and line (the annotation points at the index).
 */
function onBranch(err, branch, file) {
    if (err instanceof _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6) {
        const prefix = `${err.file}${err.line ? `:${err.line}` : ''}: `;
        const message = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
        return new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(err.file, `${message} (${file} on branch ${branch}; nothing was written)`, err.line, err.column);
    }
    if (err instanceof _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ && !/nothing was written/i.test(err.message)) {
        return new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${err.message} (${file} on branch ${branch}; nothing was written)`, { cause: err });
    }
    return err;
}
/** A chart warning (`file:line: message`) as a log annotation on that file and line. */
function warnAt(log, warning) {
    const m = /^([^:\s][^:]*?):(\d+): ([\s\S]*)$/.exec(warning) ?? /^([^:\s][^:]*?): ([\s\S]*)$/.exec(warning);
    if (!m)
        return log.warning(warning);
    if (m.length === 4)
        return log.warning(m[3], { file: m[1], line: Number(m[2]) });
    return log.warning(m[2], { file: m[1] });
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

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

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

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

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

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
// EXTERNAL MODULE: ./actions/lib/config/charts.ts
var charts = __nccwpck_require__(6688);
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
    const resolved = (0,charts/* resolveCharts */.O)(raw.charts, chartCandidates, raw.chart);
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
var node_modules_semver = __nccwpck_require__(2088);
;// CONCATENATED MODULE: ./actions/lib/semver/version.ts

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
    return semver.compare(stripV(a), stripV(b));
}
/** The kind of step from `previous` to `next`. */
function releaseType(previous, next) {
    const n = stripV(next);
    if (semver.prerelease(n))
        return 'prerelease';
    if (!previous)
        return semver.major(n) > 0 ? 'major' : semver.minor(n) > 0 ? 'minor' : 'patch';
    const p = stripV(previous);
    if (semver.major(n) !== semver.major(p))
        return 'major';
    if (semver.minor(n) !== semver.minor(p))
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
        const pre = semver.prerelease(c);
        if (pre && pre.length > 0) {
            const id = String(pre[0]);
            if (preid === id || preid === '') {
                const next = semver.inc(c, 'prerelease', id);
                if (!next)
                    throw new Error(`cannot step the prerelease of ${c}`);
                return next;
            }
            return `${semver.major(c)}.${semver.minor(c)}.${semver.patch(c)}-${preid}.1`;
        }
        const patch = semver.inc(c, 'patch');
        if (!patch)
            throw new Error(`cannot bump ${c}`);
        return `${patch}-${preid}.1`;
    }
    const next = semver.inc(c, kind);
    if (!next)
        throw new Error(`cannot bump ${c} by ${kind}`);
    return next;
}
/** Release tags (vX.Y.Z, strict) among `tags`, newest first by SemVer, not by date. */
function sortReleaseTags(tags, opts = {}) {
    return tags
        .filter((t) => t.startsWith('v') && isVersion(t))
        .filter((t) => opts.includePrereleases || !semver.prerelease(stripV(t)))
        .sort((a, b) => compareVersions(b, a));
}
/** The release tag just before `version` by SemVer; prereleases only when `version` is one. */
function previousTag(tags, version) {
    const v = stripV(version);
    const includePrereleases = semver.prerelease(v) !== null;
    return sortReleaseTags(tags, { includePrereleases }).find((t) => semver.lt(stripV(t), v));
}
/** The newest release tag of the `major.minor` line of `version`. */
function latestInLine(tags, version) {
    const v = stripV(version);
    return sortReleaseTags(tags).find((t) => semver.major(stripV(t)) === semver.major(v) && semver.minor(stripV(t)) === semver.minor(v));
}
/** Whether `version` is newer than every stable release in `tags` (so it should be `latest`). */
function isNewestStable(tags, version) {
    const v = stripV(version);
    if (semver.prerelease(v))
        return false;
    return sortReleaseTags(tags).every((t) => semver.gte(v, stripV(t)));
}

// EXTERNAL MODULE: ./actions/publish-helm/chart.ts
var publish_helm_chart = __nccwpck_require__(4657);
// EXTERNAL MODULE: ./actions/publish-helm/dependencies.ts
var dependencies = __nccwpck_require__(9932);
// EXTERNAL MODULE: ./actions/publish-helm/env.ts
var publish_helm_env = __nccwpck_require__(254);
// EXTERNAL MODULE: ./actions/lib/oci/reference.ts
var reference = __nccwpck_require__(7837);
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
                throw new InputError(name, 'required and not supplied (expected one item a line)');
            for (const [i, item] of items.entries()) {
                const problem = opts.item?.(item);
                if (problem)
                    throw new InputError(name, `line ${i + 1}: ${problem}`);
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
                    const problem = versionProblem(tag);
                    if (problem)
                        throw new errors/* InputError */.dz(name, `not given, and the tag that started the run is not a version: ${problem}`);
                    return stripV(tag);
                }
                if (opts.required || opts.fromTag) {
                    throw new errors/* InputError */.dz(name, `required: expected a version like 0.5.0${opts.keywords?.length ? ` or one of ${opts.keywords.join(', ')}` : ''}${opts.fromTag ? ` (the run was not started by a tag: GITHUB_REF=${ref || '(unset)'})` : ''}`);
                }
                return '';
            }
            if (opts.keywords?.includes(raw))
                return raw;
            const problem = versionProblem(raw);
            if (problem)
                throw new errors/* InputError */.dz(name, `${problem}${opts.keywords?.length ? ` (or one of ${opts.keywords.join(', ')})` : ''}`);
            return stripV(raw);
        },
    };
}

;// CONCATENATED MODULE: ./actions/publish-helm/inputs.ts
/**
 * The one place publish-helm's inputs are read and validated. Nothing heavy is loaded here
 * (no @actions/core, yaml, tar or Octokit): a refusal costs about the start-up of bare node.
 * The token and the registry password are masked as soon as they are read.
 */




const ASSET_LOCATIONS = ['pages', 'release'];
const ROLLBACK_STRATEGIES = ['withdraw', 'deprecate'];
/** A path inside the repository (or the pages branch): relative, no `..`, no control characters. */
function relativePathProblem(v) {
    if (v.startsWith('/') || v.startsWith('\\') || /^[A-Za-z]:/.test(v))
        return `expected a relative path, got ${JSON.stringify(v)}`;
    if (v.split(/[\\/]/).includes('..'))
        return `expected a path without '..', got ${JSON.stringify(v)}`;
    // eslint-disable-next-line no-control-regex
    if (/[\0-\x1f\x7f]/.test(v))
        return 'expected a path without control characters';
    return undefined;
}
function pathInRepo() {
    return withCheck(str(), (v) => (v === '' ? undefined : relativePathProblem(v)));
}
/** A git branch name that cannot be read as an option or a path trick. */
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)(?!.*\.lock(?:\/|$))(?!\/)[A-Za-z0-9._/-]+(?<![/.])$/;
function branch() {
    return withCheck(str(), (v) => (v === '' || BRANCH.test(v) ? undefined : `expected a branch name like gh-pages, got ${JSON.stringify(v)}`));
}
/** The URL the pages branch is served at: http(s), no credentials, query or fragment (they would end up in the index). */
function repoUrlProblem(v) {
    let url;
    try {
        url = new URL(v);
    }
    catch {
        return `expected a URL like https://owner.github.io/repo, got ${JSON.stringify(v)}`;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return `expected an https:// URL, got a ${url.protocol.replace(/:$/, '')}: URL`;
    if (url.username || url.password)
        return 'expected a URL without credentials (it is written into the public index)';
    if (url.search || url.hash)
        return 'expected a URL without a query or fragment';
    return undefined;
}
function indexPath() {
    return withCheck(str({ default: 'index.yaml' }), (v) => {
        const problem = relativePathProblem(v);
        if (problem)
            return problem;
        const name = v.split('/').pop();
        if (name !== 'index.yaml')
            return `expected a path ending in index.yaml (Helm reads <repository URL>/index.yaml), got ${JSON.stringify(v)}`;
        return undefined;
    });
}
function packagesDir() {
    const inner = withCheck(str(), (v) => (v === '' ? undefined : relativePathProblem(v)));
    return {
        kind: 'path',
        read(name, raw) {
            const v = inner.read(name, raw);
            const clean = v
                .split('/')
                .filter((p) => p !== '' && p !== '.')
                .join('/');
            return clean;
        },
    };
}
function ociRegistry() {
    return withCheck(str(), (v) => {
        if (v === '')
            return undefined;
        try {
            (0,reference.parseChartLocation)(v, 'chart');
        }
        catch (e) {
            return e.message;
        }
        return undefined;
    });
}
function chartsField() {
    return {
        kind: 'list',
        read(name, raw) {
            const items = raw
                .split(/[\r\n,]+/)
                .map((l) => l.trim())
                .filter((l) => l !== '' && !l.startsWith('#'));
            if (items.length === 0)
                return { kind: 'none' };
            if (items.length === 1 && items[0] === 'changed')
                return { kind: 'changed' };
            const folders = [];
            for (const item of items) {
                if (item === 'changed')
                    throw new errors/* InputError */.dz(name, 'changed is the whole value (every own chart the tags say to release), not one item of a list of folders');
                const problem = relativePathProblem(item);
                if (problem)
                    throw new errors/* InputError */.dz(name, `${problem} (expected changed, or chart folders like charts/my-chart)`);
                const folder = item.replace(/^\.\//, '').replace(/\/+$/, '');
                if (!folders.includes(folder))
                    folders.push(folder);
            }
            return { kind: 'list', folders };
        },
    };
}
const spec = {
    chart: pathInRepo(),
    charts: chartsField(),
    'plan-only': bool(false),
    version: versionInput(),
    'pages-branch': branch(),
    'repo-url': withCheck(str(), (v) => (v === '' ? undefined : repoUrlProblem(v))),
    'index-path': indexPath(),
    'packages-dir': packagesDir(),
    'asset-location': oneOf(ASSET_LOCATIONS, 'pages'),
    'oci-registry': ociRegistry(),
    'registry-username': str({ pattern: /^[^\s:]+$/, expected: 'a user name without spaces or colons' }),
    'registry-password': secret(),
    'skip-existing': bool(true),
    rollback: versionInput(),
    'rollback-strategy': oneOf(ROLLBACK_STRATEGIES, 'withdraw'),
    deprecate: versionInput(),
    'dry-run': bool(false),
    'lint-templates': bool(false),
    token: secret(),
    config: pathInRepo(),
};
/** Reads every input, then checks the ones that only make sense together. */
function readPublishInputs(env = process.env) {
    const v = readInputs(spec, env);
    const inputs = {
        chart: v.chart,
        charts: v.charts,
        planOnly: v['plan-only'],
        version: v.version,
        pagesBranch: v['pages-branch'],
        repoUrl: v['repo-url'].replace(/\/+$/, ''),
        indexPath: v['index-path'],
        packagesDir: v['packages-dir'],
        assetLocation: v['asset-location'],
        ociRegistry: v['oci-registry'],
        registryUsername: v['registry-username'],
        registryPassword: v['registry-password'],
        skipExisting: v['skip-existing'],
        rollback: v.rollback || v.deprecate,
        rollbackStrategy: v.deprecate ? 'deprecate' : v['rollback-strategy'],
        dryRun: v['dry-run'],
        lintTemplates: v['lint-templates'],
        token: v.token,
        config: v.config,
    };
    if (inputs.registryUsername && !inputs.registryPassword)
        throw new errors/* InputError */.dz('registry-password', 'required when registry-username is set');
    if (inputs.registryPassword && !inputs.registryUsername)
        throw new errors/* InputError */.dz('registry-username', 'required when registry-password is set');
    if (v.rollback && v.deprecate) {
        throw new errors/* InputError */.dz('deprecate', `deprecate: VERSION is the older spelling of rollback: VERSION with rollback-strategy: deprecate; give only rollback (and rollback-strategy)`);
    }
    if (inputs.rollback) {
        const which = v.deprecate ? 'deprecate' : 'rollback';
        if (inputs.version) {
            throw new errors/* InputError */.dz('version', `${which} changes an already published version (${inputs.rollback}) and packages nothing: leave version empty`);
        }
        if (inputs.ociRegistry)
            throw new errors/* InputError */.dz('oci-registry', `${which} changes only the Helm repository index; an OCI registry has no way to withdraw or deprecate a tag: leave oci-registry empty`);
    }
    if (inputs.charts.kind !== 'none')
        chartsProblems(inputs, v.deprecate ? 'deprecate' : 'rollback');
    else if (inputs.planOnly)
        throw new errors/* InputError */.dz('plan-only', 'plan-only decides which of several charts to release: give charts too (changed, or a list of chart folders)');
    if (inputs.token === '' && !inputs.dryRun && !inputs.planOnly) {
        throw new errors/* InputError */.dz('token', 'required: a token that can push to the pages branch (contents: write), e.g. ${{ github.token }}');
    }
    // plan-only reads no release (charts-run.ts): it decides from the tags alone
    if (inputs.token === '' && inputs.assetLocation === 'release' && !inputs.planOnly) {
        throw new errors/* InputError */.dz('token', 'required with asset-location: release (the GitHub release is read through the API)');
    }
    return inputs;
}
/** Inputs that make no sense with several charts in one run, each refused with its fix. */
function chartsProblems(inputs, rollbackInput) {
    if (inputs.chart)
        throw new errors/* InputError */.dz('chart', 'chart publishes one chart and charts several: give only one of them');
    if (inputs.version)
        throw new errors/* InputError */.dz('version', 'each chart is released at the version its Chart.yaml says, tagged <name>-<version>: leave version empty with charts');
    if (inputs.rollback)
        throw new errors/* InputError */.dz(rollbackInput, `${rollbackInput} takes back one version of one chart: run it with chart, not charts`);
}

;// CONCATENATED MODULE: ./actions/publish-helm/run.ts
/**
 * publish-helm: validate the inputs → load and validate the chart → package it reproducibly →
 * read the pages branch (an orphan branch when it is missing) and merge the new entry into the
 * index → look up the OCI tag → only then write: the release asset (asset-location: release),
 * the index commit (pushed with retries on a non-fast-forward rejection, never forced), the
 * OCI push. Outputs and a job summary with the index diff.
 *
 * Everything that can refuse the run is checked before anything is written: a bad chart, a
 * malformed existing index, a version already published with another digest (index, release
 * asset, pages file or OCI tag) fail with the pages branch, the release and the registry as
 * they were. A re-run of a published version is `unchanged` and pushes nothing.
 *
 * `rollback` (withdraw or deprecate a version) is another mode, see rollback.ts; `charts` (several
 * charts in one run, chart-releaser style) the third, see charts-run.ts. Heavy modules (the Helm library
 * with yaml and tar, Octokit, @actions/core) are loaded after the inputs are validated.
 */









async function main() {
    const inputs = readPublishInputs();
    const ctx = readContext();
    const config = await loadConfig({ workspace: ctx.workspace, ...(inputs.config ? { path: inputs.config } : {}), repository: ctx.repository });
    const several = inputs.charts.kind !== 'none';
    const settings = {
        // with charts, each chart is named by the plan
        chart: several ? '' : (0,publish_helm_chart/* chartFolder */.Jp)(inputs.chart, config),
        pagesBranch: inputs.pagesBranch || config.pagesBranch,
        repoUrl: (inputs.repoUrl || config.helmRepoUrl).replace(/\/+$/, ''),
        ociRegistry: inputs.rollback ? '' : inputs.ociRegistry || config.ociRegistry || '',
    };
    const urlProblem = repoUrlProblem(settings.repoUrl);
    if (urlProblem)
        throw new errors/* InputError */.dz('repo-url', `${urlProblem} (from ${config.source ?? 'the default'}: ${settings.repoUrl})`);
    const [{ runnerLog, setOutputs, appendSummary }, helm, { renderSummary }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 554).then(__nccwpck_require__.bind(__nccwpck_require__, 9554)),
        Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(306), __nccwpck_require__.e(697), __nccwpck_require__.e(186), __nccwpck_require__.e(795), __nccwpck_require__.e(914)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4914)),
        __nccwpck_require__.e(/* import() */ 625).then(__nccwpck_require__.bind(__nccwpck_require__, 2625)),
    ]);
    const log = await runnerLog();
    const env = { inputs, ctx, config, settings, helm, log };
    if (several) {
        const { summary, outputs } = await (await Promise.all(/* import() */[__nccwpck_require__.e(969), __nccwpck_require__.e(736)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2736))).publishCharts(env);
        await setOutputs(outputs);
        await appendSummary(summary);
        return;
    }
    const { report, outputs } = inputs.rollback ? await (await Promise.all(/* import() */[__nccwpck_require__.e(969), __nccwpck_require__.e(493)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2493))).rollback(env, inputs.rollbackStrategy) : await publish(env);
    await setOutputs(outputs);
    await appendSummary(renderSummary(report));
}
async function publish(env) {
    const { inputs, ctx, settings, helm, log } = env;
    const branch = settings.pagesBranch;
    const indexFile = inputs.indexPath;
    // ---- the chart: validated and packaged (nothing remote yet)
    const chart = await (0,publish_helm_chart/* buildChart */.Jw)(helm, ctx.workspace, settings.chart, inputs.version, (0,external_node_path_.join)(ctx.runnerTemp, 'publish-helm-packages'), { lintManifests: inputs.lintTemplates, dependencies: await (0,dependencies/* dependencyOptions */.Q)(env) });
    const { name, version } = chart;
    const report = { mode: 'publish', chart: name, version, dryRun: inputs.dryRun, status: 'unchanged', steps: [], warnings: [] };
    for (const w of chart.warnings) {
        (0,publish_helm_env/* warnAt */.e4)(log, w);
        report.warnings.push(w);
    }
    for (const r of chart.resolutions) {
        log.info(`dependency ${r.replaceAll('`', '')}`);
        report.steps.push({ what: 'dependency', status: 'resolved', detail: r });
    }
    for (const d of chart.dependencies)
        report.steps.push({ what: 'dependency', status: 'fetched', detail: d });
    report.steps.push({ what: 'package', status: 'built', detail: `\`${chart.filename}\`, ${chart.bytes.length} bytes, sha256 \`${chart.digest}\`` });
    log.info(`packaged ${settings.chart} as ${chart.path} (${chart.bytes.length} bytes, sha256 ${chart.digest})`);
    const tgzPath = inputs.packagesDir ? `${inputs.packagesDir}/${chart.filename}` : chart.filename;
    const indexUrl = helm.chartUrl(settings.repoUrl, indexFile);
    const outputs = { 'package-path': chart.path, digest: chart.digest, 'index-url': indexUrl };
    const wrote = [];
    // ---- asset-location: release — the release and its asset, read only
    const tag = tagOf(version);
    let assetPlan;
    let release;
    let client;
    if (inputs.assetLocation === 'release') {
        const [{ createGitHubClient }, rel] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(305)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7305)), Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(337)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9337))]);
        release = rel;
        client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, log: (m) => log.warning(m) });
        assetPlan = await rel.planAsset(client, { owner: ctx.owner, repo: ctx.repo }, { tag, name: chart.filename, sha256: chart.digest, serverUrl: ctx.serverUrl });
    }
    let chartUrl = assetPlan ? assetPlan.url : helm.chartUrl(settings.repoUrl, tgzPath);
    const entry = (url) => ({ metadata: chart.metadata, urls: [url], digest: chart.digest });
    const { PagesBranch, sha256 } = await __nccwpck_require__.e(/* import() */ 969).then(__nccwpck_require__.bind(__nccwpck_require__, 7969));
    const pages = await PagesBranch.open((0,publish_helm_env/* pagesOptions */.vk)(env));
    try {
        log.info(pages.existed ? `branch ${branch} read at ${pages.base}` : `branch ${branch} does not exist: it will be created as an orphan branch`);
        /** The index with the entry merged, read from the work tree as it is now; throws for a malformed index or a conflict. */
        const plan = async (url) => {
            const existing = await pages.read(indexFile);
            let merge;
            try {
                merge = helm.mergeIndex(existing, entry(url), { file: indexFile });
            }
            catch (e) {
                throw (0,publish_helm_env/* onBranch */.GO)(e, branch, indexFile);
            }
            let writeTgz = false;
            if (merge.status === 'published' && inputs.assetLocation === 'pages') {
                const there = await pages.read(tgzPath);
                if (there && sha256(there) !== chart.digest) {
                    throw new errors/* ActionError */.lZ(`${tgzPath} is on branch ${branch} already with sha256 ${sha256(there)}, though ${indexFile} does not list ${name} ${version}; this package has sha256 ${chart.digest}. ` +
                        'A file at a published URL is never replaced: bump the chart version, or remove the stray file. Nothing was written.');
                }
                writeTgz = !there;
            }
            return { merge, writeTgz };
        };
        let pagesPlan = await plan(chartUrl);
        for (const w of pagesPlan.merge.warnings) {
            log.warning(w);
            report.warnings.push(w);
        }
        // ---- OCI: the tag looked up, read only
        const oci = settings.ociRegistry ? await Promise.all(/* import() */[__nccwpck_require__.e(701), __nccwpck_require__.e(258)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2687)) : undefined;
        const ociTarget = oci && {
            location: settings.ociRegistry,
            chartName: name,
            version,
            bytes: chart.bytes,
            metadata: chart.metadata,
            ...(inputs.registryUsername ? { credentials: { username: inputs.registryUsername, password: inputs.registryPassword } } : {}),
        };
        const ociCheck = oci && ociTarget ? await oci.checkOci(ociTarget) : undefined;
        if (!inputs.skipExisting) {
            const there = [
                ...(pagesPlan.merge.status === 'unchanged' ? [`${indexFile} on ${branch}`] : []),
                ...(ociCheck?.existing === 'same' ? [ociCheck.ref] : []),
                ...(assetPlan?.action === 'keep' ? [`release ${tag}`] : []),
            ];
            if (there.length > 0)
                throw new errors/* ActionError */.lZ(`${name} ${version} is published already (${there.join(', ')}) and skip-existing is false. Nothing was written.`);
        }
        const indexChanges = pagesPlan.merge.status === 'published';
        const wouldChange = indexChanges || assetPlan?.action === 'upload' || (assetPlan !== undefined && !assetPlan.release) || ociCheck?.existing === 'absent';
        // ---- dry run: what would happen, nothing written
        if (inputs.dryRun) {
            report.status = wouldChange ? 'dry-run' : 'unchanged';
            report.diff = pagesPlan.merge.diff;
            if (assetPlan) {
                report.steps.push({
                    what: 'release asset',
                    status: assetPlan.action === 'keep' ? 'unchanged' : 'dry run',
                    detail: assetPlan.action === 'keep' ? `\`${chart.filename}\` on release ${tag}, same sha256` : `would upload \`${chart.filename}\` to ${assetPlan.release ? `release ${tag}` : `a new draft release ${tag}`}`,
                });
            }
            report.steps.push({ what: 'index', status: indexChanges ? 'dry run' : 'unchanged', detail: indexChanges ? `would add ${name} ${version} to \`${indexFile}\` on \`${branch}\`${pages.existed ? '' : ' (a new orphan branch)'}` : `${name} ${version} is in \`${indexFile}\` with this digest` });
            if (ociCheck)
                report.steps.push({ what: 'OCI', status: ociCheck.existing === 'same' ? 'unchanged' : 'dry run', detail: `\`${ociCheck.ref}\` (${ociCheck.digest})` });
            if (pagesPlan.merge.diff)
                log.info(`dry run: the index change would be:\n${pagesPlan.merge.diff}`);
            return { report, outputs: { ...outputs, 'chart-url': chartUrl, ...(ociCheck ? { 'oci-ref': `${ociCheck.ref}@${ociCheck.digest}` } : {}), status: report.status } };
        }
        // ---- writes: the release asset first (the index must not point at a missing file)
        if (assetPlan && release && client) {
            const applied = await release.applyAsset(client, { owner: ctx.owner, repo: ctx.repo }, assetPlan, chart.bytes, { target: ctx.sha, prerelease: version.includes('-'), log });
            if (applied.created)
                wrote.push(`draft release ${tag}`);
            if (applied.uploaded)
                wrote.push(`release asset ${chart.filename}`);
            report.steps.push({
                what: 'release asset',
                status: applied.uploaded ? 'uploaded' : 'unchanged',
                detail: `\`${chart.filename}\` on ${applied.release.draft ? 'draft ' : ''}release ${tag}${applied.created ? ' (created)' : ''}${applied.release.draft ? `; ${applied.url} works once the release is published` : ''}`,
            });
            log.info(`release asset ${chart.filename}: ${applied.uploaded ? 'uploaded' : 'already there with the same sha256'} (release ${tag}${applied.release.draft ? ', draft' : ''})`);
            if (applied.url !== chartUrl) {
                chartUrl = applied.url;
                pagesPlan = await plan(chartUrl);
            }
        }
        // ---- the index (and the package, for asset-location: pages) on the pages branch
        let indexPushed = false;
        if (pagesPlan.merge.status === 'published') {
            indexPushed = await pushIndex(pages, pagesPlan, plan, chartUrl, { indexFile, tgzPath, bytes: chart.bytes, message: commitMessage(name, version, chart.digest, chartUrl), report, log, branch });
            if (indexPushed)
                wrote.push(`${indexFile} on ${branch}`);
        }
        else {
            report.steps.push({ what: 'index', status: 'unchanged', detail: `${name} ${version} is in \`${indexFile}\` on \`${branch}\` with this digest` });
            log.info(`${name} ${version} is in ${indexFile} on ${branch} with digest ${chart.digest} already: nothing to push`);
        }
        // ---- OCI
        if (oci && ociTarget) {
            const pushed = await oci.pushOci(ociTarget);
            outputs['oci-ref'] = `${pushed.ref}@${pushed.digest}`;
            if (pushed.status === 'published')
                wrote.push(pushed.ref);
            report.steps.push({ what: 'OCI', status: pushed.status, detail: `\`${pushed.ref}@${pushed.digest}\`` });
            log.info(`OCI ${pushed.ref}: ${pushed.status} (${pushed.digest})`);
        }
        const status = wrote.length > 0 ? 'published' : 'unchanged';
        report.status = status;
        return { report, outputs: { ...outputs, 'chart-url': chartUrl, status } };
    }
    finally {
        await pages.close();
    }
}
function commitMessage(name, version, digest, url) {
    return `chore(helm): publish ${name} ${version}\n\nsha256 ${digest}\n${url}\n`;
}
/**
 * Writes the index (and package) into the work tree, commits and pushes. When the branch
 * moved meanwhile the entry is merged again into the index as it is now (a concurrent
 * publisher's entries kept); when someone else published this very package, nothing is pushed.
 */
async function pushIndex(pages, first, plan, url, o) {
    let current = first;
    const apply = async (p) => {
        await pages.write(o.indexFile, p.merge.bytes);
        if (p.writeTgz)
            await pages.write(o.tgzPath, o.bytes);
        await pages.commit(o.message, [o.indexFile, ...(p.writeTgz ? [o.tgzPath] : [])]);
    };
    await apply(current);
    let again = false;
    const result = await pages.push(async () => {
        o.log.info(`branch ${o.branch} moved while pushing: merging the entry again into the new ${o.indexFile}`);
        current = await plan(url);
        if (current.merge.status === 'unchanged') {
            again = true;
            return false;
        }
        await apply(current);
        return true;
    });
    if (!result.pushed || again) {
        o.report.steps.push({ what: 'index', status: 'unchanged', detail: `the same package was added to \`${o.indexFile}\` by another run meanwhile` });
        return false;
    }
    o.report.diff = current.merge.diff;
    o.report.steps.push({
        what: 'index',
        status: 'published',
        detail: `added to \`${o.indexFile}\` on \`${o.branch}\` (${current.merge.mode}${current.writeTgz ? `, package at \`${o.tgzPath}\`` : ''})${result.attempts > 1 ? `, pushed on attempt ${result.attempts} after the branch moved` : ''}`,
    });
    o.log.info(`${o.indexFile} on ${o.branch}: entry added and pushed${result.attempts > 1 ? ` (attempt ${result.attempts})` : ''}:\n${current.merge.diff ?? ''}`);
    return true;
}

;// CONCATENATED MODULE: ./actions/publish-helm/index.ts


void runAction('publish-helm', main);

