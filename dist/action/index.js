import { createRequire as __mtlsCreateRequire } from 'node:module'; const require = __mtlsCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os2 = __require("os");
    var path9 = __require("path");
    var IS_WINDOWS_PLATFORM = os2.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path9.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str2) {
      if (typeof str2 !== "string" || str2 === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str2)) {
        if (match[2]) return true;
        str2 = str2.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str2) {
      if (str2[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str2.length) {
        if (str2[index] === "*") {
          return true;
        }
        if (str2[index + 1] === "?" && /[\].+)]/.test(str2[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str2[index] === "[" && str2[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str2.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str2.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str2[index] === "{" && str2[index + 1] !== "}") {
          closeCurlyIndex = str2.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str2.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str2[index] === "(" && str2[index + 1] === "?" && /[:!=]/.test(str2[index + 2]) && str2[index + 3] !== ")") {
          closeParenIndex = str2.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str2.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str2[index] === "(" && str2[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str2.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str2[pipeIndex + 1] !== ")") {
            closeParenIndex = str2.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str2.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str2[index] === "\\") {
          var open2 = str2[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str2.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str2[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str2) {
      if (str2[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str2.length) {
        if (/[*?{}()[\]]/.test(str2[index])) {
          return true;
        }
        if (str2[index] === "\\") {
          var open2 = str2[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str2.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str2[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str2, options) {
      if (typeof str2 !== "string" || str2 === "") {
        return false;
      }
      if (isExtglob(str2)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str2);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash2 = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby2 = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str2, opts2) {
      var options = Object.assign({ flipBackslashes: true }, opts2);
      if (options.flipBackslashes && isWin32 && str2.indexOf(slash2) < 0) {
        str2 = str2.replace(backslash, slash2);
      }
      if (enclosure.test(str2)) {
        str2 += slash2;
      }
      str2 += "a";
      do {
        str2 = pathPosixDirname(str2);
      } while (isGlob(str2) || globby2.test(str2));
      return str2.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts2 = { relaxZeros: true, ...options };
      if (typeof opts2.strictZeros === "boolean") {
        opts2.relaxZeros = opts2.strictZeros === false;
      }
      let relax = String(opts2.relaxZeros);
      let shorthand = String(opts2.shorthand);
      let capture = String(opts2.capture);
      let wrap = String(opts2.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts2.capture) {
          return `(${result})`;
        }
        if (opts2.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts2);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts2);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts2);
      if (opts2.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts2.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj2 = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj2.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj2.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj2.string = zeros + obj2.pattern + toQuantifier(obj2.count);
        tokens.push(obj2);
        start = max2 + 1;
        prev = obj2;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str2) {
      return /^-?(0+)\d/.test(str2);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input2) => {
      let value = `${input2}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input2, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input2[0] === "-" ? "-" : "";
        if (dash) input2 = input2.slice(1);
        input2 = dash + input2.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input2);
      }
      return input2;
    };
    var toMaxLen = (input2, maxLength) => {
      let negative = input2[0] === "-" ? "-" : "";
      if (negative) {
        input2 = input2.slice(1);
        maxLength--;
      }
      while (input2.length < maxLength) input2 = "0" + input2;
      return negative ? "-" + input2 : input2;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format2 = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format2(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format2 = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format2(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill(start, end, 0, step);
      }
      let opts2 = { ...options };
      if (opts2.capture === true) opts2.wrap = true;
      step = step || opts2.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts2);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts2);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts2);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: " ",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse2 = (input2, options = {}) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts2 = options || {};
      const max = typeof opts2.maxLength === "number" ? Math.min(MAX_LENGTH, opts2.maxLength) : MAX_LENGTH;
      if (input2.length > max) {
        throw new SyntaxError(`Input length (${input2.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input: input2, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input2.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input2[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open2 = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open2) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open2 = block.nodes.shift();
            block.nodes = [open2, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse2;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse2 = require_parse();
    var braces = (input2, options = {}) => {
      let output = [];
      if (Array.isArray(input2)) {
        for (const pattern of input2) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input2, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input2, options = {}) => parse2(input2, options);
    braces.stringify = (input2, options = {}) => {
      if (typeof input2 === "string") {
        return stringify(braces.parse(input2, options), options);
      }
      return stringify(input2, options);
    };
    braces.compile = (input2, options = {}) => {
      if (typeof input2 === "string") {
        input2 = braces.parse(input2, options);
      }
      return compile(input2, options);
    };
    braces.expand = (input2, options = {}) => {
      if (typeof input2 === "string") {
        input2 = braces.parse(input2, options);
      }
      let result = expand(input2, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input2, options = {}) => {
      if (input2 === "" || input2.length < 3) {
        return [input2];
      }
      return options.expand !== true ? braces.compile(input2, options) : braces.expand(input2, options);
    };
    module.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path9 = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path9.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path9 = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path9.sep === "\\";
    };
    exports.escapeLast = (input2, char, lastIdx) => {
      const idx = input2.lastIndexOf(char, lastIdx);
      if (idx === -1) return input2;
      if (input2[idx - 1] === "\\") return exports.escapeLast(input2, char, idx - 1);
      return `${input2.slice(0, idx)}\\${input2.slice(idx)}`;
    };
    exports.removePrefix = (input2, state = {}) => {
      let output = input2;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input2, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input2})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input2, options) => {
      const opts2 = options || {};
      const length = input2.length - 1;
      const scanToEnd = opts2.parts === true || opts2.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input2;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished2 = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished2 = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished2 === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts2.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished2 = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code2 = advance();
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished2 = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts2.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts2.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code2 = advance();
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES) {
                finished2 = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts2.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts2.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input: input2,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts2.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts2.parts === true || opts2.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input2.slice(n, i);
          if (opts2.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input2.length) {
          const value = input2.slice(prevIndex + 1);
          parts.push(value);
          if (opts2.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input2) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input2) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse2 = (input2, options) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected a string");
      }
      input2 = REPLACEMENTS[input2] || input2;
      const opts2 = { ...options };
      const max = typeof opts2.maxLength === "number" ? Math.min(MAX_LENGTH, opts2.maxLength) : MAX_LENGTH;
      let len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts2.prepend || "" };
      const tokens = [bos];
      const capture = opts2.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants.globChars(win32);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts3) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts3.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts2.dot ? "" : NO_DOT;
      const qmarkNoDot = opts2.dot ? QMARK : QMARK_NO_DOT;
      let star = opts2.bash === true ? globstar(opts2) : STAR;
      if (opts2.capture) {
        star = `(${star})`;
      }
      if (typeof opts2.noext === "boolean") {
        opts2.noextglob = opts2.noext;
      }
      const state = {
        input: input2,
        index: -1,
        start: 0,
        dot: opts2.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input2 = utils.removePrefix(input2, state);
      len = input2.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input2[state.index + n];
      const advance = state.advance = () => input2[++state.index] || "";
      const remaining = () => input2.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts2.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input2.slice(token.startIndex, state.index + 1);
        const body = input2.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts2);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts2.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts2.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts2);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts2.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input2)) {
        let backslashes = false;
        let output = input2.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts2.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input2 && opts2.contains === true) {
          state.output = input2;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts2.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts2.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts2.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts2.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts2.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts2.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts2.nobracket === true || !remaining().includes("]")) {
            if (opts2.nobracket !== true && opts2.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts2.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts2.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts2.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts2.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts2.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts2.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts2);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts2.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts2.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts2.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts2.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts2.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts2.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts2.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts2.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts2.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts2.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input2[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts2);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts2) + (opts2.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts2)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts2)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts2);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts2.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts2.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts2.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts2.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts2.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts2.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts2.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input2, options) => {
      const opts2 = { ...options };
      const max = typeof opts2.maxLength === "number" ? Math.min(MAX_LENGTH, opts2.maxLength) : MAX_LENGTH;
      const len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input2 = REPLACEMENTS[input2] || input2;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(win32);
      const nodot = opts2.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts2.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts2.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts2.bash === true ? ".*?" : STAR;
      if (opts2.capture) {
        star = `(${star})`;
      }
      const globstar = (opts3) => {
        if (opts3.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts3.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts2);
          case "**/*":
            return `(?:${nodot}${globstar(opts2)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts2)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts2)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input2, state);
      let source = create(output);
      if (source && opts2.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path9 = __require("path");
    var scan = require_scan();
    var parse2 = require_parse2();
    var utils = require_utils2();
    var constants = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input2) => picomatch(input2, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts2 = options || {};
      const posix = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts2.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts2.ignore, ignoreOpts, returnState);
      }
      const matcher = (input2, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input2, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input: input2, output, match, isMatch };
        if (typeof opts2.onResult === "function") {
          opts2.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input2)) {
          if (typeof opts2.onIgnore === "function") {
            opts2.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts2.onMatch === "function") {
          opts2.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input2, regex, options, { glob, posix } = {}) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input2 === "") {
        return { isMatch: false, output: "" };
      }
      const opts2 = options || {};
      const format2 = opts2.format || (posix ? utils.toPosixSlashes : null);
      let match = input2 === glob;
      let output = match && format2 ? format2(input2) : input2;
      if (match === false) {
        output = format2 ? format2(input2) : input2;
        match = output === glob;
      }
      if (match === false || opts2.capture === true) {
        if (opts2.matchBase === true || opts2.basename === true) {
          match = picomatch.matchBase(input2, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input2, glob, options, posix = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path9.basename(input2));
    };
    picomatch.isMatch = (str2, patterns, options) => picomatch(patterns, options)(str2);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input2, options) => scan(input2, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts2 = options || {};
      const prepend = opts2.contains ? "" : "^";
      const append = opts2.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input2, options = {}, returnOutput = false, returnState = false) => {
      if (!input2 || typeof input2 !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input2[0] === "." || input2[0] === "*")) {
        parsed.output = parse2.fastpaths(input2, options);
      }
      if (!parsed.output) {
        parsed = parse2(input2, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts2 = options || {};
        return new RegExp(source, opts2.flags || (opts2.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch2 = (list2, patterns, options) => {
      patterns = [].concat(patterns);
      list2 = [].concat(list2);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list2) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch2.match = micromatch2;
    micromatch2.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch2.isMatch = (str2, patterns, options) => picomatch(patterns, options)(str2);
    micromatch2.any = micromatch2.isMatch;
    micromatch2.not = (list2, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch2(list2, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch2.contains = (str2, pattern, options) => {
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str2)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch2.contains(str2, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str2) || isEmptyString(pattern)) {
          return false;
        }
        if (str2.includes(pattern) || str2.startsWith("./") && str2.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch2.isMatch(str2, pattern, { ...options, contains: true });
    };
    micromatch2.matchKeys = (obj2, patterns, options) => {
      if (!utils.isObject(obj2)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch2(Object.keys(obj2), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj2[key];
      return res;
    };
    micromatch2.some = (list2, patterns, options) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch2.every = (list2, patterns, options) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch2.all = (str2, patterns, options) => {
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str2)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str2));
    };
    micromatch2.capture = (glob, input2, options) => {
      let posix = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input2) : input2);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch2.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch2.scan = (...args) => picomatch.scan(...args);
    micromatch2.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str2 of braces(String(pattern), options)) {
          res.push(picomatch.parse(str2, options));
        }
      }
      return res;
    };
    micromatch2.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch2.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch2.braces(pattern, { ...options, expand: true });
    };
    micromatch2.hasBraces = hasBraces;
    module.exports = micromatch2;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path9 = __require("path");
    var globParent = require_glob_parent();
    var micromatch2 = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern2(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern2(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern2;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern2(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern2(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern2;
    function isPositivePattern(pattern) {
      return !isNegativePattern2(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern2);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename = path9.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch2.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch2.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch2.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative = [];
      for (const pattern of patterns) {
        if (isAbsolute(pattern)) {
          absolute.push(pattern);
        } else {
          relative.push(pattern);
        }
      }
      return [absolute, relative];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute(pattern) {
      return path9.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream2);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream2() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input2) {
      return typeof input2 === "string";
    }
    exports.isString = isString;
    function isEmpty(input2) {
      return input2 === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs4 = require_fs();
    exports.fs = fs4;
    var path9 = require_path();
    exports.path = path9;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input2, settings) {
      const patterns = processPatterns(input2, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input2, settings) {
      let patterns = input2;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path9, settings, callback) {
      settings.fs.lstat(path9, (lstatError, lstat2) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat2.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat2);
          return;
        }
        settings.fs.stat(path9, (statError, stat3) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat2);
            return;
          }
          if (settings.markSymbolicLink) {
            stat3.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat3);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path9, settings) {
      const lstat2 = settings.fs.lstatSync(path9);
      if (!lstat2.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat2;
      }
      try {
        const stat3 = settings.fs.statSync(path9);
        if (settings.markSymbolicLink) {
          stat3.isSymbolicLink = () => true;
        }
        return stat3;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat2;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs4 = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs4.lstat,
      stat: fs4.stat,
      lstatSync: fs4.lstatSync,
      statSync: fs4.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs4 = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs4.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat3(path9, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path9, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path9, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat3;
    function statSync(path9, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path9, settings);
    }
    exports.statSync = statSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs4 = require_fs3();
    exports.fs = fs4;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path9 = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path9, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path: path9,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs4 = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs4.lstat,
      stat: fs4.stat,
      lstatSync: fs4.lstatSync,
      statSync: fs4.statSync,
      readdir: fs4.readdir,
      readdirSync: fs4.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path9 = __require("path");
    var fsStat = require_out();
    var fs4 = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs4.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path9.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path9, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path9, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path9, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path9, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path9, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj2) {
        tail.next = obj2;
        tail = obj2;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop2,
        saturated: noop2,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop2,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop2;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop2;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop2;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop2;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop2;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop2;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop2() {
    }
    function Task() {
      this.value = null;
      this.callback = noop2;
      this.next = null;
      this.release = noop2;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop2;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop2);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop2);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader2 = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader2;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path9 = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path9.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path9 = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader2 = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path9.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader2;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory2) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory2);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory2);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory2);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory2) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory2);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory2) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory2) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path9 = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path9.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs4 = __require("fs");
    var os2 = __require("os");
    var CPU_COUNT = Math.max(os2.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs4.lstat,
      lstatSync: fs4.lstatSync,
      stat: fs4.stat,
      statSync: fs4.statSync,
      readdir: fs4.readdir,
      readdirSync: fs4.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput2(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput2(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput2(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks2(source, options) {
        assertPatternsInput2(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks2;
      function isDynamicPattern2(source, options) {
        assertPatternsInput2(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern2;
      function escapePath(source) {
        assertPatternsInput2(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern2(source) {
        assertPatternsInput2(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern2;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          assertPatternsInput2(source);
          return utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern3(source) {
          assertPatternsInput2(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern3;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput2(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern3(source) {
          assertPatternsInput2(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern3;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput2(input2) {
      const source = [].concat(input2);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "";
    var TRAILING_DOUBLESTAR = "";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path9) => {
      const end = path9.length - 1;
      const index = path9.lastIndexOf(
        SLASH,
        path9[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path9 : path9.slice(index + 1);
    };
    var parentOf = (path9) => {
      if (path9.charCodeAt(0) === SLASH_CODE || path9.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path9.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path9.length - 1;
      const cut = path9.lastIndexOf(
        SLASH,
        path9.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path9.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str2 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str2) => {
      let count = 0;
      while (str2[str2.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path9) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path9)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path9, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path9) : path9;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path9
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path9, originalPath, doThrow) => {
      if (!isString(path9)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path9) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path9)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path9) => {
      const first = path9.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path9.length === 1) {
        return true;
      }
      const second = path9.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path9.length === 2 || path9.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path9) {
        checkPath(
          path9,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path9 ? this._t(path9, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path9 = convertPath(target);
        if (!path9 || path9.charCodeAt(path9.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path9);
        }
        const dir = this._t(path9, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path9);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path9, cache) {
        const cached = cache[path9];
        if (cached) {
          return cached;
        }
        const parentPath2 = parentOf(path9);
        const parent = parentPath2 ? this._t(parentPath2, cache) : UNDEFINED;
        return cache[path9] = parent && parent.ignored ? parent : this._rules.test(path9, MODE_IGNORE);
      }
      ignores(path9) {
        return this._test(path9, this._ignoreCache, convertPath(path9)).ignored;
      }
      createFilter() {
        return (path9) => !this.ignores(path9);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path9) {
        return this._test(path9, this._testCache, convertPath(path9));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid2 = (path9) => checkPath(convertPath(path9), path9, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path9) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path9) || isNotRelative(path9);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid2;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path9) {
      const ctrl = callVisitor(key, node, visitor, path9);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path9, ctrl);
        return visit_(key, ctrl, visitor, path9);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path9);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path9 = Object.freeze(path9.concat(node));
          const ck = visit_("key", node.key, visitor, path9);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path9);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path9) {
      const ctrl = await callVisitor(key, node, visitor, path9);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path9, ctrl);
        return visitAsync_(key, ctrl, visitor, path9);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path9);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path9 = Object.freeze(path9.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path9);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path9);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path9) {
      if (typeof visitor === "function")
        return visitor(key, node, path9);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path9);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path9);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path9);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path9);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path9);
      return void 0;
    }
    function replaceNode(key, path9, node) {
      const parent = path9[path9.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj2, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj2, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path9, value) {
      let v = value;
      for (let i = path9.length - 1; i >= 0; --i) {
        const k = path9[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path9) => path9 == null || typeof path9 === "object" && !!path9[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path9, value) {
        if (isEmptyPath(path9))
          this.add(value);
        else {
          const [key, ...rest] = path9;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path9) {
        const [key, ...rest] = path9;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path9, keepScalar) {
        const [key, ...rest] = path9;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path9) {
        const [key, ...rest] = path9;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path9, value) {
        const [key, ...rest] = path9;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str2 += "\\x" + code2.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify2 = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj2;
      if (identity.isScalar(item)) {
        obj2 = item.value;
        let match = tags.filter((t) => t.identify?.(obj2));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify2();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages16) {
      if (logLevel === "debug")
        console.log(...messages16);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify2();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify2();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj2, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj2 instanceof Map) {
          for (const [key, value] of obj2)
            add(key, value);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key of Object.keys(obj2))
            add(key, obj2[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map2.items.sort(schema.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema, obj2, ctx) => YAMLMap.YAMLMap.from(schema, obj2, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj2, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key = obj2 instanceof Set ? it : String(i++);
              it = replacer.call(obj2, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj2, ctx) => YAMLSeq.YAMLSeq.from(schema, obj2, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string2 = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string2();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema = [
      map2.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map2 = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map2.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string2();
    var binary = require_binary();
    var bool2 = require_bool2();
    var float2 = require_float2();
    var int2 = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map2.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string2();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map2.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map2.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map2 = require_map();
    var seq = require_seq();
    var string = require_string2();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify2();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path9, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path9, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path9) {
        if (Collection.isEmptyPath(path9)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path9) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path9, keepScalar) {
        if (Collection.isEmptyPath(path9))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path9, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path9) {
        if (Collection.isEmptyPath(path9))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path9) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path9, value) {
        if (Collection.isEmptyPath(path9)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path9), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path9, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts2 = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts2);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts2 = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts2);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path9) => {
      let item = cst;
      for (const [field, index] of path9) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path9) => {
      const parent = visit2.itemAtPath(cst, path9.slice(0, -1));
      const field = path9[path9.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path9, item, visitor) {
      let ctrl = visitor(item, path9);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path9.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path9);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path9) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs4 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs4, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs4);
              } else {
                Object.assign(it, { key: fs4, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs4 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs4, sep: [] });
              else if (it.sep)
                this.stack.push(fs4);
              else
                Object.assign(it, { key: fs4, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/action.ts
import { appendFileSync, mkdtempSync, readFileSync as readFileSync3, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path8 from "node:path";

// src/cli.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path7 from "node:path";
import { parseArgs } from "node:util";

// src/format/text.ts
var codes = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1, underline: 4 };
function paint(on2) {
  return (c, s) => on2 ? `\x1B[${codes[c]}m${s}\x1B[${c === "bold" ? 22 : c === "underline" ? 24 : 39}m` : s;
}
function shouldColor(env, isTTY) {
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !(force === "0" || force.toLowerCase() === "false");
  return isTTY;
}
function oneLine(s) {
  return s.replace(/\s*\r?\n\s*/g, " ").trim();
}
function formatText(result, opts2) {
  const c = paint(opts2.color);
  const shown = result.findings.filter((f) => opts2.includeSuppressed || !isSuppressed(f));
  const byFile = /* @__PURE__ */ new Map();
  for (const f of shown) {
    const list2 = byFile.get(f.location.file);
    if (list2) list2.push(f);
    else byFile.set(f.location.file, [f]);
  }
  const lines = [];
  for (const [file, findings] of byFile) {
    lines.push(c("underline", file));
    const rows = findings.map((f) => {
      const pos = `${f.location.range.start.line}:${f.location.range.start.column}`;
      const sev = f.severity === "error" ? c("red", "error") : f.severity === "warning" ? c("yellow", "warning") : c("cyan", "note");
      const sup = isSuppressed(f) ? c("gray", ` (suppressed: ${oneLine(f.suppressions[0].justification)})`) : "";
      return { pos, sev, sevLen: f.severity.length, msg: oneLine(f.message) + sup, rule: c("gray", f.ruleId) };
    });
    const posW = Math.max(...rows.map((r) => r.pos.length));
    const sevW = Math.max(...rows.map((r) => r.sevLen));
    for (const r of rows) {
      lines.push(`  ${c("gray", r.pos.padEnd(posW))}  ${r.sev}${" ".repeat(sevW - r.sevLen)}  ${r.msg}  ${r.rule}`);
    }
    lines.push("");
  }
  const skipped = result.files.filter((f) => f.status === "skipped");
  if (skipped.length > 0) {
    lines.push(c("underline", "Skipped files"));
    const w = Math.max(...skipped.map((f) => f.path.length));
    for (const f of skipped) lines.push(`  ${f.path.padEnd(w)}  ${c("gray", f.reason ?? "not read")}`);
    lines.push("");
  }
  for (const e of result.ruleErrors) {
    lines.push(`${c("red", "internal error")} in rule ${e.ruleId}: ${oneLine(e.message)}`);
  }
  if (result.ruleErrors.length > 0) lines.push("");
  lines.push(summaryLine(result, c));
  return lines.join("\n") + "\n";
}
function isSuppressed(f) {
  return (f.suppressions?.length ?? 0) > 0;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function summaryLine(result, c = paint(false)) {
  const s = result.stats;
  const problems = s.errors + s.warnings + s.notes;
  const parts = [plural(s.filesLinted, "file") + " linted", plural(s.entries, "entry", "entries"), `${s.filesNotConsul} not Consul config`];
  if (s.filesSkipped > 0) {
    const reasons = Object.entries(s.skippedReasons).sort(([a], [b]) => a < b ? -1 : 1).map(([r, n]) => `${n} ${r}`).join(", ");
    parts.push(`${s.filesSkipped} skipped (${reasons})`);
  }
  const counts = `${plural(problems, "problem")} (${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notes, "note")})`;
  const sup = s.suppressed > 0 ? `, ${s.suppressed} suppressed` : "";
  const head = problems === 0 ? c("bold", `✓ ${counts}`) : c(s.errors > 0 ? "red" : "yellow", c("bold", `✖ ${counts}`));
  return `${head}${sup}: ${parts.join(", ")}`;
}

// src/format/github.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function annotation(f) {
  const { start, end } = f.location.range;
  const endColumn = end.line === start.line ? Math.max(start.column, end.column - 1) : Math.max(1, end.column - 1);
  const props = [
    `file=${escapeProperty(f.location.file)}`,
    `line=${start.line}`,
    `col=${start.column}`,
    `endLine=${Math.max(start.line, end.line)}`,
    `endColumn=${endColumn}`,
    `title=${escapeProperty(f.ruleId)}`
  ];
  return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(f.message)}`;
}
function formatGithub(result) {
  const lines = result.findings.filter((f) => !f.suppressions?.length).map(annotation);
  for (const e of result.ruleErrors) {
    lines.push(`::error title=${escapeProperty(`mtls-lint internal error in ${e.ruleId}`)}::${escapeData(e.message)}`);
  }
  for (const f of result.files) {
    if (f.status === "skipped") lines.push(`mtls-lint: skipped ${f.path}: ${f.reason ?? "not read"}`);
  }
  lines.push(summaryLine(result));
  return lines.join("\n") + "\n";
}

// src/format/fingerprint.ts
import { createHash } from "node:crypto";
var FINGERPRINT_KEY = "mtlsLintFindingHash/v1";
function fingerprint(f) {
  return createHash("sha256").update([f.ruleId, f.location.file, f.subject, f.message].join("\0")).digest("hex");
}

// src/format/json.ts
var JSON_FORMAT_VERSION = 1;
function place(l) {
  return {
    file: l.file,
    line: l.range.start.line,
    column: l.range.start.column,
    endLine: l.range.end.line,
    endColumn: l.range.end.column
  };
}
function sortedRecord(r) {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function formatJson(result) {
  const s = result.stats;
  const out = {
    version: JSON_FORMAT_VERSION,
    tool: { name: result.tool.name, version: result.tool.version, informationUri: result.tool.informationUri },
    phase: result.phase,
    summary: {
      errors: s.errors,
      warnings: s.warnings,
      notes: s.notes,
      suppressed: s.suppressed,
      filesConsidered: s.filesConsidered,
      filesLinted: s.filesLinted,
      filesNotConsul: s.filesNotConsul,
      filesSkipped: s.filesSkipped,
      skippedReasons: sortedRecord(s.skippedReasons),
      entries: s.entries
    },
    rules: result.rules.map((r) => ({
      id: r.id,
      description: r.description,
      category: r.category,
      severity: r.severity,
      defaultSeverity: r.defaultSeverity,
      ...r.securitySeverity !== void 0 ? { securitySeverity: r.securitySeverity } : {},
      docsUrl: r.docsUrl
    })),
    files: result.files.map((f) => ({
      path: f.path,
      status: f.status,
      ...f.reason !== void 0 ? { reason: f.reason } : {},
      ...f.format !== void 0 ? { format: f.format } : {},
      entries: f.entries
    })),
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...place(f.location),
      related: f.related.map((r) => ({ ...place(r), message: r.message })),
      subject: f.subject,
      fingerprint: fingerprint(f),
      suppressed: (f.suppressions?.length ?? 0) > 0,
      suppressions: (f.suppressions ?? []).map((x) => ({
        kind: x.kind,
        justification: x.justification,
        ...x.location ? { location: place(x.location) } : {}
      }))
    })),
    ruleErrors: result.ruleErrors.map((e) => ({ ruleId: e.ruleId, message: e.message }))
  };
  return JSON.stringify(out, null, 2) + "\n";
}

// src/format/links.ts
function ruleHelpUri(tool, rule) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(rule.docsUrl)) return rule.docsUrl;
  const base = tool.informationUri.replace(/\/+$/, "");
  return `${base}/blob/main/${rule.docsUrl.replace(/^\.?\/+/, "")}`;
}

// src/format/markdown.ts
var ICON = { error: "🔴", warning: "🟡", note: "🔵" };
function cell(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function code(s) {
  const t = s.replace(/\r?\n/g, " ");
  const ticks = t.includes("`") ? "``" : "`";
  return `${ticks}${t.includes("`") ? ` ${t} ` : t}${ticks}`.replace(/\|/g, "\\|");
}
function plural2(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function ruleLink(result, id) {
  const rule = result.rules.find((r) => r.id === id);
  return rule ? `[${id}](${ruleHelpUri(result.tool, rule)})` : code(id);
}
function where(f) {
  return code(`${f.location.file}:${f.location.range.start.line}:${f.location.range.start.column}`);
}
function formatMarkdown(result, opts2 = {}) {
  const maxRows = opts2.maxRows ?? 500;
  const s = result.stats;
  const active = result.findings.filter((f) => !f.suppressions?.length);
  const suppressed = result.findings.filter((f) => f.suppressions?.length);
  const out = [];
  const verdict = s.errors > 0 ? "❌" : s.warnings + s.notes > 0 ? "⚠️" : "✅";
  out.push(`### ${verdict} mtls-lint: ${plural2(s.errors, "error")}, ${plural2(s.warnings, "warning")}, ${plural2(s.notes, "note")}`);
  out.push("");
  out.push("| Errors | Warnings | Notes | Suppressed | Files linted | Entries | Skipped files |");
  out.push("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  out.push(`| ${s.errors} | ${s.warnings} | ${s.notes} | ${s.suppressed} | ${s.filesLinted} | ${s.entries} | ${s.filesSkipped} |`);
  out.push("");
  if (result.ruleErrors.length > 0) {
    out.push(`> [!CAUTION]`);
    out.push(`> ${plural2(result.ruleErrors.length, "rule")} failed with an internal error; their findings are missing:`);
    for (const e of result.ruleErrors) out.push(`> - ${code(e.ruleId)}: ${cell(e.message)}`);
    out.push("");
  }
  if (active.length > 0) {
    out.push("| Severity | Rule | Location | Message |");
    out.push("| --- | --- | --- | --- |");
    for (const f of active.slice(0, maxRows)) {
      out.push(`| ${ICON[f.severity]} ${f.severity} | ${ruleLink(result, f.ruleId)} | ${where(f)} | ${cell(f.message)} |`);
    }
    if (active.length > maxRows) {
      out.push("");
      out.push(`… and ${plural2(active.length - maxRows, "more finding")} (see the SARIF or JSON report).`);
    }
    out.push("");
  }
  if (suppressed.length > 0) {
    out.push(`<details><summary>${plural2(suppressed.length, "suppressed finding")}</summary>`);
    out.push("");
    out.push("| Rule | Location | Message | Justification |");
    out.push("| --- | --- | --- | --- |");
    for (const f of suppressed.slice(0, maxRows)) {
      const why = f.suppressions.map((x) => `${x.kind === "inSource" ? "in source" : "config"}: ${x.justification}`).join("\n");
      out.push(`| ${ruleLink(result, f.ruleId)} | ${where(f)} | ${cell(f.message)} | ${cell(why)} |`);
    }
    out.push("");
    out.push("</details>");
    out.push("");
  }
  const skipped = result.files.filter((f) => f.status === "skipped");
  if (skipped.length > 0) {
    out.push(`<details><summary>${plural2(skipped.length, "file")} skipped</summary>`);
    out.push("");
    out.push("| File | Reason |");
    out.push("| --- | --- |");
    for (const f of skipped.slice(0, maxRows)) out.push(`| ${code(f.path)} | ${cell(f.reason ?? "not read")} |`);
    out.push("");
    out.push("</details>");
    out.push("");
  }
  out.push(
    `<sub>${plural2(s.filesLinted, "file")} linted, ${plural2(s.filesNotConsul, "file")} not Consul config · phase ${code(result.phase)} · [${result.tool.name}](${result.tool.informationUri}) ${result.tool.version}</sub>`
  );
  return out.join("\n") + "\n";
}

// src/format/sarif.ts
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var NOTIFICATIONS = [
  {
    id: "skipped-file",
    name: "SkippedFile",
    text: "A file was found but not read (too large, binary, unreadable, or a link that is not followed)."
  },
  {
    id: "rule-failure",
    name: "RuleFailure",
    text: "A rule failed with an internal error; its findings are missing from this run."
  }
];
function level(s) {
  return s;
}
function sentence(s) {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function toUri(file) {
  return file.split("/").map((seg) => seg === ".." || seg === "." ? seg : encodeURIComponent(seg)).join("/");
}
function artifactLocation(file) {
  return { uri: toUri(file), uriBaseId: SRCROOT };
}
function physicalLocation(loc2) {
  const { start, end } = loc2.range;
  const startLine = Math.max(1, start.line);
  const startColumn = Math.max(1, start.column);
  const endLine = Math.max(startLine, end.line);
  const endColumn = endLine === startLine ? Math.max(startColumn, end.column) : Math.max(1, end.column);
  return {
    artifactLocation: artifactLocation(loc2.file),
    region: { startLine, startColumn, endLine, endColumn }
  };
}
function whatItDoes(markdown) {
  if (!markdown) return void 0;
  const m = /^##\s+What it does\s*\n+([\s\S]*?)(?:\n\s*\n|\n#|$)/im.exec(markdown);
  const para = m?.[1]?.replace(/\s+/g, " ").replace(/`/g, "").trim();
  return para ? para : void 0;
}
function precision(rule) {
  return rule.category === "correctness" ? "very-high" : "high";
}
function problemSeverity(s) {
  return s === "note" ? "recommendation" : s === "off" ? "recommendation" : s;
}
function reportingDescriptor(tool, rule) {
  const helpUri = ruleHelpUri(tool, rule);
  const short = sentence(rule.description);
  const full = whatItDoes(rule.help?.markdown);
  const tags = [rule.category, "consul", "mtls"];
  if (rule.category === "security" || rule.securitySeverity !== void 0) tags.push("security");
  const properties = {
    tags: [...new Set(tags)].sort(),
    precision: precision(rule),
    "problem.severity": problemSeverity(rule.severity === "off" ? rule.defaultSeverity : rule.severity)
  };
  if (rule.securitySeverity !== void 0) properties["security-severity"] = rule.securitySeverity.toFixed(1);
  const helpText = rule.help?.text ?? short;
  const helpMarkdown = rule.help?.markdown?.trim() ?? short;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: short },
    fullDescription: { text: full ? sentence(full) : short },
    help: {
      text: `${helpText.trim()}

Documentation: ${helpUri}`,
      markdown: `${helpMarkdown}

[Documentation for ${rule.id}](${helpUri})`
    },
    helpUri,
    defaultConfiguration: rule.severity === "off" ? { enabled: false, level: rule.defaultSeverity === "off" ? "none" : level(rule.defaultSeverity) } : { level: level(rule.severity) },
    properties
  };
}
function sarifResult(f, ruleIndex) {
  const out = {
    ruleId: f.ruleId,
    ruleIndex,
    level: level(f.severity),
    message: { text: sentence(f.message) },
    locations: [{ physicalLocation: physicalLocation(f.location) }]
  };
  if (f.related.length > 0) {
    out.relatedLocations = f.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(r),
      message: { text: sentence(r.message) }
    }));
  }
  out.partialFingerprints = { [FINGERPRINT_KEY]: fingerprint(f) };
  if (f.suppressions && f.suppressions.length > 0) {
    out.suppressions = f.suppressions.map((s) => {
      const sup = { kind: s.kind, status: "accepted", justification: s.justification };
      if (s.location) sup.location = { physicalLocation: physicalLocation(s.location) };
      return sup;
    });
  }
  return out;
}
function formatSarif(result, opts2 = {}) {
  const ruleIndex = new Map(result.rules.map((r, i) => [r.id, i]));
  const notificationIndex = new Map(NOTIFICATIONS.map((n, i) => [n.id, i]));
  const results = result.findings.map((f) => sarifResult(f, ruleIndex.get(f.ruleId) ?? -1));
  const notifications = [];
  for (const file of result.files) {
    if (file.status !== "skipped") continue;
    notifications.push({
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path) } }],
      message: { text: sentence(`Skipped ${file.path}: ${file.reason ?? "not read"}`) },
      level: "note",
      descriptor: { id: "skipped-file", index: notificationIndex.get("skipped-file") }
    });
  }
  for (const e of [...result.ruleErrors].sort((a, b) => a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)) {
    const n = {
      message: { text: sentence(`Rule ${e.ruleId} failed: ${e.message}`) },
      level: "error",
      descriptor: { id: "rule-failure", index: notificationIndex.get("rule-failure") }
    };
    const idx = ruleIndex.get(e.ruleId);
    if (idx !== void 0) n.associatedRule = { id: e.ruleId, index: idx };
    notifications.push(n);
  }
  const invocation = { executionSuccessful: result.ruleErrors.length === 0 };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;
  const run = {
    tool: {
      driver: {
        name: result.tool.name,
        version: result.tool.version,
        semanticVersion: result.tool.version,
        informationUri: result.tool.informationUri,
        rules: result.rules.map((r) => reportingDescriptor(result.tool, r)),
        notifications: NOTIFICATIONS.map((n) => ({
          id: n.id,
          name: n.name,
          shortDescription: { text: n.text },
          fullDescription: { text: n.text },
          help: { text: n.text, markdown: n.text },
          helpUri: result.tool.informationUri,
          defaultConfiguration: { level: n.id === "rule-failure" ? "error" : "note" }
        }))
      }
    }
  };
  if (opts2.category !== void 0 && opts2.category !== "") {
    run.automationDetails = { id: opts2.category.endsWith("/") ? opts2.category : `${opts2.category}/` };
  }
  run.invocations = [invocation];
  run.originalUriBaseIds = {
    [SRCROOT]: { description: { text: "The directory mtls-lint was run in (normally the repository root)." } }
  };
  run.results = results;
  run.columnKind = "utf16CodeUnits";
  run.properties = { phase: result.phase };
  const log = { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
  return JSON.stringify(log, null, 2) + "\n";
}

// src/format/index.ts
var FORMAT_NAMES = ["text", "json", "sarif", "github", "markdown"];
function isFormatName(s) {
  return FORMAT_NAMES.includes(s);
}
function render(format2, result, opts2 = {}) {
  switch (format2) {
    case "text":
      return formatText(result, { color: opts2.color ?? false });
    case "json":
      return formatJson(result);
    case "sarif":
      return formatSarif(result, { category: opts2.sarifCategory });
    case "github":
      return formatGithub(result);
    case "markdown":
      return formatMarkdown(result);
  }
}
function errorsOnly(result) {
  const findings = result.findings.filter((f) => f.severity === "error");
  const suppressed = findings.filter((f) => f.suppressions?.length).length;
  return {
    ...result,
    findings,
    stats: { ...result.stats, warnings: 0, notes: 0, suppressed }
  };
}

// src/index.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { open } from "node:fs/promises";

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}

// src/model/scope.ts
function makeScope(partition, datacenter) {
  const p = partition && partition !== "" ? partition : "default";
  return { partition: p, datacenter, key: datacenter ? `${datacenter}/${p}` : p };
}
function describeScope(scope2) {
  return scope2.datacenter ? `partition "${scope2.partition}" of datacenter "${scope2.datacenter}"` : `partition "${scope2.partition}"`;
}

// rules/crd-rejected-field.ts
function goValue(v) {
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}
function invalidPrefix(e) {
  return `${e.crd.kind.toLowerCase()}.consul.hashicorp.com "${e.crd.metadataName ?? ""}" is invalid`;
}
function who(e) {
  return `${e.crd.kind} "${e.crd.metadataName ?? ""}" (${describeScope(e.scope)})`;
}
var messages = {
  mode: (e, value) => `${who(e)}: the consul-k8s webhook rejects spec.mode with ${invalidPrefix(e)}: spec.mode: Invalid value: ${goValue(value)}: use the annotation \`consul.hashicorp.com/transparent-proxy\` to configure the Transparent Proxy Mode — remove spec.mode; transparent proxy is set per pod by that annotation (default: on, from Helm connectInject.transparentProxy.defaultEnabled)`,
  outboundPort: (e, value) => `${who(e)}: the consul-k8s webhook rejects it with ${invalidPrefix(e)}: spec.transparentProxy.outboundListenerPort: Invalid value: ${goValue(value)}: use the annotation \`consul.hashicorp.com/transparent-proxy-outbound-listener-port\` to configure the Outbound Listener Port — remove it (on Kubernetes the outbound listener is port 15001)`
};
var crd_rejected_field_default = defineRule({
  meta: {
    id: "crd-rejected-field",
    description: "A ProxyDefaults or ServiceDefaults CRD field the consul-k8s webhook rejects: spec.mode, a non-zero spec.transparentProxy.outboundListenerPort",
    category: "correctness",
    defaultSeverity: "error",
    docsUrl: "rules/crd-rejected-field.md"
  },
  check({ model, report }) {
    for (const kind of ["proxy-defaults", "service-defaults"]) {
      for (const e of model.entriesOf(kind)) {
        if (!e.crd) continue;
        const mode = e.field("Mode");
        if (mode && mode.value.type === "scalar" && mode.value.node.type !== "null") {
          report({ at: mode, message: messages.mode(e, mode.value.node.value) });
        }
        const port = e.field("TransparentProxy.OutboundListenerPort");
        if (port && typeof port.scalar === "number" && port.scalar !== 0) {
          report({ at: port, message: messages.outboundPort(e, port.scalar) });
        }
      }
    }
  }
});

// rules/deny-intention-bypassed.ts
var NOT_ENFORCED = "not enforced on plaintext connections, because the permissive filter chain has no RBAC filter";
var messages2 = {
  deny: (source, services, scope2) => `The deny intention from ${source} to ${permissiveServices(services)} in ${describeScope(scope2)} is ${NOT_ENFORCED}: ${fix(services)}`,
  l7: (source, services, scope2) => `The L7 permissions from ${source} to ${permissiveServices(services)} in ${describeScope(scope2)} are ${NOT_ENFORCED}: ${fix(services)}`,
  relatedPermissive: 'MutualTLSMode = "permissive" is set here'
};
function fix(services) {
  return `set MutualTLSMode = "strict" on ${quoted(services)} once ${services.length > 1 ? "their" : "its"} downstreams use mTLS.`;
}
function quoted(services) {
  const q = services.map((s) => `"${s}"`);
  return q.length <= 1 ? q.join("") : `${q.slice(0, -1).join(", ")} and ${q[q.length - 1]}`;
}
function permissiveServices(services) {
  return `permissive service${services.length > 1 ? "s" : ""} ${quoted(services)}`;
}
function describeSource(i) {
  let s = i.name === "*" ? 'any source ("*")' : `"${i.name}"`;
  if (i.peer) s += ` of peer "${i.peer}"`;
  else if (i.samenessGroup) s += ` of sameness group "${i.samenessGroup}"`;
  else {
    if (i.sourceNamespace !== i.entry.namespace) s += ` in namespace "${i.sourceNamespace}"`;
    if (i.sourcePartition !== i.entry.partition) s += ` of partition "${i.sourcePartition}"`;
  }
  return s;
}
function locKey(l) {
  return `${l.file}\0${l.range.start.offset}\0${l.range.end.offset}`;
}
var deny_intention_bypassed_default = defineRule({
  meta: {
    id: "deny-intention-bypassed",
    description: "Deny intentions and L7 permissions are not enforced on the plaintext connections a permissive service accepts",
    category: "security",
    defaultSeverity: "warning",
    enforceSeverity: "error",
    securitySeverity: 7,
    docsUrl: "rules/deny-intention-bypassed.md"
  },
  check({ model, report }) {
    const groups = /* @__PURE__ */ new Map();
    for (const { service: s, mode } of model.permissiveServices()) {
      for (const src of model.decidingIntentionsTo(s.scope, s.namespace, s.name)) {
        if (src.action !== "deny" && src.action !== "l7") continue;
        const at = src.entry.field(`${src.path}.${src.action === "deny" ? "Action" : "Permissions"}`) ?? src.at;
        const key = locKey(at);
        let g = groups.get(key);
        if (!g) {
          g = { at, src, scope: s.scope, services: [], related: /* @__PURE__ */ new Map() };
          groups.set(key, g);
        }
        if (!g.services.includes(s.name)) g.services.push(s.name);
        if (mode.at && !g.related.has(locKey(mode.at))) {
          g.related.set(locKey(mode.at), { at: mode.at, message: messages2.relatedPermissive });
        }
      }
    }
    for (const g of groups.values()) {
      const services = [...g.services].sort();
      report({
        at: g.at,
        message: g.src.action === "deny" ? messages2.deny(describeSource(g.src), services, g.scope) : messages2.l7(describeSource(g.src), services, g.scope),
        related: [...g.related.values()]
      });
    }
  }
});

// rules/duplicate-entry.ts
function what(e) {
  const ns = e.namespace !== "default" ? `, namespace "${e.namespace}"` : "";
  const label = e.kind === "proxy-defaults" && e.name === "" ? 'proxy-defaults "global"' : e.label;
  return `${label} (${describeScope(e.scope)}${ns})`;
}
function crdName(e) {
  return `${e.crd.kind} "${e.crd.metadataName ?? ""}"`;
}
function place2(first, here) {
  return first.file === here.file ? "earlier in this file" : `in ${first.file}`;
}
var messages3 = {
  entry: (e, first) => `${what(e)} is already defined ${place2(first, e)}; both write the same Consul config entry, so which one Consul ends up with depends on the order they are applied — keep one definition`,
  crdMesh: (e, first) => `${crdName(e)} (${describeScope(e.scope)}): a Mesh resource is already defined ${place2(first, e)}; the consul-k8s webhook rejects the second with mesh resource already defined - only one mesh entry is supported — keep one Mesh resource`,
  crdProxyDefaults: (e, first) => `${crdName(e)} (${describeScope(e.scope)}): a ProxyDefaults resource is already defined ${place2(first, e)}; the consul-k8s webhook rejects the second with proxydefaults resource already defined - only one global entry is supported — keep one ProxyDefaults resource`,
  crdIntentions: (e, first) => `${crdName(e)} (${describeScope(e.scope)}): ${crdName(first)} ${place2(first, e)} already has spec.destination.name "${e.name}"; the consul-k8s webhook rejects the second with an existing ServiceIntentions resource has \`spec.destination.name: ${e.name}\` — merge their sources into one resource`,
  crdSameName: (e, first) => {
    const kk = e.crd.kind.toLowerCase();
    return `${crdName(e)} (${describeScope(e.scope)}): a ${e.crd.kind} of this name is already defined ${place2(first, e)} in another Kubernetes namespace; the consul-k8s webhook rejects the second with ${kk} resource with name "${e.crd.metadataName ?? ""}" is already defined – all ${kk} resources must have unique names across namespaces — keep one`;
  },
  crdSameObject: (e, first) => `${crdName(e)} (${describeScope(e.scope)}) is the same Kubernetes object as the one ${place2(first, e)}; applying both, the later silently replaces the earlier — keep one definition`
};
var duplicate_entry_default = defineRule({
  meta: {
    id: "duplicate-entry",
    description: "The same config entry (kind, partition scope, namespace, name) defined twice, in one file or two",
    category: "correctness",
    defaultSeverity: "error",
    docsUrl: "rules/duplicate-entry.md"
  },
  check({ model, report }) {
    const groups = /* @__PURE__ */ new Map();
    for (const e of model.entries) {
      if (!e.spec) continue;
      const name = e.kind === "proxy-defaults" && e.name === "" ? "global" : e.name;
      if (name === "") continue;
      if (e.crd && e.kind === "mesh" && e.crd.metadataName !== "mesh") continue;
      const key = `${e.kind}\0${e.scope.key}\0${e.namespace}\0${name}`;
      const list2 = groups.get(key);
      if (list2) list2.push(e);
      else groups.set(key, [e]);
    }
    for (const list2 of groups.values()) {
      if (list2.length < 2) continue;
      const sorted = [...list2].sort(
        (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start.offset - b.range.start.offset
      );
      sorted.slice(1).forEach((e, i) => {
        const { message, first } = messageFor(e, sorted.slice(0, i + 1));
        report({ at: e.location, message, related: [{ at: first.location, message: "first definition" }] });
      });
    }
  }
});
function messageFor(e, earlier) {
  const firstCrd = e.crd ? earlier.find((x) => x.crd) : void 0;
  if (!e.crd || !firstCrd) return { message: messages3.entry(e, earlier[0]), first: earlier[0] };
  const f = firstCrd.crd;
  const sameObject = (e.crd.metadataName ?? "") === (f.metadataName ?? "") && (e.crd.k8sNamespace ?? "") === (f.k8sNamespace ?? "");
  let message;
  if (sameObject) message = messages3.crdSameObject(e, firstCrd);
  else if (e.kind === "mesh") message = messages3.crdMesh(e, firstCrd);
  else if (e.kind === "proxy-defaults") message = messages3.crdProxyDefaults(e, firstCrd);
  else if (e.kind === "service-intentions") message = messages3.crdIntentions(e, firstCrd);
  else if (e.crd.metadataName === f.metadataName) message = messages3.crdSameName(e, firstCrd);
  else message = messages3.entry(e, firstCrd);
  return { message, first: firstCrd };
}

// rules/invalid-entry-name.ts
var scope = (e) => describeScope(e.scope);
var messages4 = {
  proxyDefaultsName: (e) => `proxy-defaults "${e.name}" (${scope(e)}): Consul rejects it with invalid name ("${e.name}"), only "global" is supported — name it "global" (there is one proxy-defaults entry per partition)`,
  nameRequired: (e, what2) => `${e.kind} in ${scope(e)} has no Name: Consul rejects it with Name is required — set Name to ${what2}`,
  serviceDefaultsWildcard: (e) => `service-defaults "*" (${scope(e)}): Consul rejects it with service-defaults name must be the name of a service, and not a wildcard — name one service, or put settings for every service in proxy-defaults "global"`,
  crdIntentionsNoDestination: (e) => `ServiceIntentions "${e.crd?.metadataName ?? ""}" (${scope(e)}) has no spec.destination.name: when the controller syncs it, Consul rejects it with Name is required — set spec.destination.name to the destination service`,
  crdMeshName: (e) => `Mesh "${e.crd?.metadataName ?? ""}" (${scope(e)}): the consul-k8s webhook rejects it with mesh resource name must be "mesh" — set metadata.name to "mesh"`,
  crdProxyDefaultsName: (e) => `ProxyDefaults "${e.crd?.metadataName ?? ""}" (${scope(e)}): the consul-k8s webhook rejects it with proxydefaults resource name must be "global" — set metadata.name to "global"`
};
var invalid_entry_name_default = defineRule({
  meta: {
    id: "invalid-entry-name",
    description: 'An entry name Consul or the consul-k8s webhook rejects: proxy-defaults not "global", a missing or wildcard service name, a Mesh CRD not named "mesh"',
    category: "correctness",
    defaultSeverity: "error",
    docsUrl: "rules/invalid-entry-name.md"
  },
  check({ model, report }) {
    for (const e of model.entries) {
      if (e.crd) checkCrd(e, report);
      else checkEntry(e, report);
    }
  }
});
function checkEntry(e, report) {
  switch (e.kind) {
    case "proxy-defaults":
      if (e.name !== "" && e.name !== "global") report({ at: e.location, message: messages4.proxyDefaultsName(e) });
      break;
    case "service-defaults":
      if (e.name === "") report({ at: e.location, message: messages4.nameRequired(e, "the service it configures") });
      else if (e.name === "*") report({ at: e.location, message: messages4.serviceDefaultsWildcard(e) });
      break;
    case "service-intentions":
      if (e.name === "") report({ at: e.location, message: messages4.nameRequired(e, 'the destination service (or "*")') });
      break;
    default:
      break;
  }
}
function checkCrd(e, report) {
  const crd = e.crd;
  const at = crd.metadataNameAt ?? e.kindAt;
  switch (e.kind) {
    case "mesh":
      if (crd.metadataName !== "mesh") report({ at, message: messages4.crdMeshName(e) });
      break;
    case "proxy-defaults":
      if (crd.metadataName !== "global") report({ at, message: messages4.crdProxyDefaultsName(e) });
      break;
    case "service-intentions":
      if (e.name === "") report({ at: e.location, message: messages4.crdIntentionsNoDestination(e) });
      break;
    default:
      break;
  }
}

// rules/mesh-destinations-only-disabled.ts
var CONSEQUENCE = "transparent proxies let outbound traffic to any address outside the mesh pass as the application sent it, without mTLS or intentions";
var messages5 = {
  explicit: (mesh) => `The mesh entry of ${describeScope(mesh.scope)} sets TransparentProxy.MeshDestinationsOnly = false, so ${CONSEQUENCE}; set it back to true once every service is onboarded.`,
  absent: (mesh) => `The mesh entry of ${describeScope(mesh.scope)} does not set TransparentProxy.MeshDestinationsOnly, which defaults to false, so ${CONSEQUENCE}; set it to true once every service is onboarded.`
};
var mesh_destinations_only_disabled_default = defineRule({
  meta: {
    id: "mesh-destinations-only-disabled",
    description: "The mesh entry lets transparent proxies send traffic to destinations outside the mesh",
    category: "security",
    defaultSeverity: "warning",
    enforceSeverity: "error",
    securitySeverity: 6.5,
    docsUrl: "rules/mesh-destinations-only-disabled.md"
  },
  check({ model, report }) {
    for (const mesh of model.entriesOf("mesh")) {
      const field = mesh.field("TransparentProxy.MeshDestinationsOnly");
      if (!field) {
        report({ at: mesh.location, message: messages5.absent(mesh) });
      } else if (field.scalar === false) {
        report({ at: field, message: messages5.explicit(mesh) });
      }
    }
  }
});

// rules/parse-error.ts
var parse_error_default = defineRule({
  meta: {
    id: "parse-error",
    description: "A file that looks like Consul configuration cannot be parsed the way Consul parses it",
    category: "correctness",
    defaultSeverity: "error",
    docsUrl: "rules/parse-error.md"
  },
  check({ files, report }) {
    for (const f of files) {
      for (const issue of f.issues) {
        if (issue.ruleId !== "parse-error") continue;
        report({ at: { file: f.path, range: issue.range, subject: issue.subject }, message: issue.message });
      }
    }
  }
});

// rules/permissive-allowed-unused.ts
var messages6 = {
  unused: (mesh) => `The mesh entry of ${describeScope(mesh.scope)} sets AllowEnablingPermissiveMutualTLS = true, but no service-defaults or proxy-defaults of that partition uses MutualTLSMode = "permissive": onboarding is over, so set it back to false to keep services from being made permissive again.`
};
var permissive_allowed_unused_default = defineRule({
  meta: {
    id: "permissive-allowed-unused",
    description: "The mesh entry allows permissive mTLS although no entry of its partition uses it",
    category: "security",
    defaultSeverity: "warning",
    enforceSeverity: "error",
    securitySeverity: 5,
    docsUrl: "rules/permissive-allowed-unused.md"
  },
  check({ model, report }) {
    const used = new Set(model.permissiveEntries().map((e) => e.scope.key));
    for (const mesh of model.entriesOf("mesh")) {
      const flag = mesh.field("AllowEnablingPermissiveMutualTLS");
      if (!flag || flag.scalar !== true) continue;
      if (used.has(mesh.scope.key)) continue;
      report({ at: flag, message: messages6.unused(mesh) });
    }
  }
});

// rules/permissive-expired.ts
var DEADLINE_KEY = "mtls-lint/permissive-until";
var messages7 = {
  expired: (entry, until) => `${entry.label} in ${describeScope(entry.scope)} is still permissive after its deadline ${until} (${DEADLINE_KEY}): finish onboarding and set MutualTLSMode = "strict", or agree on a new deadline.`,
  invalid: (entry, value) => `${entry.label} in ${describeScope(entry.scope)} has ${DEADLINE_KEY} = "${value}", which is not a date of the form YYYY-MM-DD, so its permissive deadline cannot be checked; write the date as YYYY-MM-DD.`,
  relatedOwn: 'MutualTLSMode is set to "permissive" here',
  relatedInherited: 'the service inherits MutualTLSMode = "permissive" from proxy-defaults here'
};
function isIsoDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
var permissive_expired_default = defineRule({
  meta: {
    id: "permissive-expired",
    description: `A permissive service or proxy-defaults past its ${DEADLINE_KEY} deadline`,
    category: "security",
    defaultSeverity: "error",
    securitySeverity: 8,
    docsUrl: "rules/permissive-expired.md"
  },
  check({ model, today, report }) {
    const candidates = [];
    for (const entry of model.entriesOf("service-defaults")) {
      const own = entry.field("MutualTLSMode");
      if (own && own.scalar === "permissive") {
        candidates.push({ entry, mode: own, inherited: false });
      } else if (!own || own.scalar === "") {
        const pd = model.proxyDefaultsOf(entry.scope)?.field("MutualTLSMode");
        if (pd && pd.scalar === "permissive") candidates.push({ entry, mode: pd, inherited: true });
      }
    }
    for (const entry of model.entriesOf("proxy-defaults")) {
      const own = entry.field("MutualTLSMode");
      if (own && own.scalar === "permissive") candidates.push({ entry, mode: own, inherited: false });
    }
    for (const { entry, mode, inherited } of candidates) {
      const deadline = entry.metaValue(DEADLINE_KEY);
      if (!deadline) continue;
      const value = deadline.value.trim();
      const related = [{ at: mode, message: inherited ? messages7.relatedInherited : messages7.relatedOwn }];
      if (!isIsoDate(value)) {
        report({ at: deadline.at, message: messages7.invalid(entry, deadline.value), related });
      } else if (value < today) {
        report({ at: deadline.at, message: messages7.expired(entry, value), related });
      }
    }
  }
});

// rules/permissive-mtls.ts
function serviceName(s) {
  const ns = s.namespace !== "default" ? ` (namespace "${s.namespace}")` : "";
  return `Service "${s.name}"${ns} in ${describeScope(s.scope)}`;
}
var CONSEQUENCE2 = "accepts plaintext connections, on which intentions are not enforced and traffic is not encrypted";
var messages8 = {
  own: (s) => `${serviceName(s)} sets MutualTLSMode = "permissive", so it ${CONSEQUENCE2}; set MutualTLSMode = "strict" when its onboarding is done.`,
  inherited: (s) => `${serviceName(s)} inherits MutualTLSMode = "permissive" from proxy-defaults, so it ${CONSEQUENCE2}; set MutualTLSMode = "strict" in its service-defaults (or in proxy-defaults) when its onboarding is done.`,
  relatedProxyDefaults: 'proxy-defaults sets MutualTLSMode = "permissive" for every service of the partition without its own value'
};
var NAMING_KINDS = ["service-intentions", "service-router", "service-splitter", "service-resolver"];
function whereNamed(model, s) {
  for (const kind of NAMING_KINDS) {
    const e = model.entriesOf(kind).find((x) => x.scope.key === s.scope.key && x.namespace === s.namespace && x.name === s.name);
    if (e) return e.location;
  }
  return model.workloadsOf(s.scope, s.namespace, s.name)[0]?.at;
}
var permissive_mtls_default = defineRule({
  meta: {
    id: "permissive-mtls",
    description: "A service in permissive mTLS mode accepts plaintext traffic that intentions do not govern",
    category: "security",
    defaultSeverity: "warning",
    enforceSeverity: "error",
    securitySeverity: 7.5,
    docsUrl: "rules/permissive-mtls.md"
  },
  check({ model, report }) {
    for (const { service, mode } of model.permissiveServices()) {
      if (mode.source === "service-defaults" && mode.at) {
        report({ at: mode.at, message: messages8.own(service) });
        continue;
      }
      if (mode.source !== "proxy-defaults" || !mode.at) continue;
      const sd = model.serviceDefaultsOf(service.scope, service.namespace, service.name);
      const at = sd?.location ?? whereNamed(model, service);
      if (!at) continue;
      report({
        at,
        message: messages8.inherited(service),
        related: [{ at: mode.at, message: messages8.relatedProxyDefaults }]
      });
    }
  }
});

// rules/permissive-not-allowed.ts
var CONSUL_ERROR = "cannot set MutualTLSMode=permissive because AllowEnablingPermissiveMutualTLS=false in the mesh config entry";
var messages9 = {
  meshDisallows: (entry, scope2, flag) => `${entry.label} sets MutualTLSMode = "permissive" in ${describeScope(scope2)}, but the mesh entry of that partition ${flag}: applied from scratch, Consul rejects it with "${CONSUL_ERROR}"; set AllowEnablingPermissiveMutualTLS = true in that mesh entry first.`,
  noMesh: (entry, scope2) => `${entry.label} sets MutualTLSMode = "permissive" in ${describeScope(scope2)}, but the repository has no mesh entry for that partition (the global setting must be applied in each partition): applied from scratch, Consul rejects it with "${CONSUL_ERROR}"; add a mesh entry with AllowEnablingPermissiveMutualTLS = true to ${describeScope(scope2)}, or declare the cluster fact meshAllowsPermissive for it.`,
  relatedFlag: "AllowEnablingPermissiveMutualTLS is not true here",
  relatedMesh: "the mesh entry of this partition, which does not set AllowEnablingPermissiveMutualTLS = true",
  relatedOtherMesh: (scope2) => `a mesh entry of ${describeScope(scope2)}: it applies only to its own partition`
};
function checkedByConsul(entry) {
  return entry.kind !== "proxy-defaults" || entry.name === "global" || entry.name === "";
}
var permissive_not_allowed_default = defineRule({
  meta: {
    id: "permissive-not-allowed",
    description: "Permissive mTLS needs AllowEnablingPermissiveMutualTLS = true in the mesh entry of the same partition",
    category: "correctness",
    defaultSeverity: "error",
    docsUrl: "rules/permissive-not-allowed.md"
  },
  check({ model, report }) {
    for (const entry of model.permissiveEntries()) {
      if (!checkedByConsul(entry)) continue;
      const at = entry.field("MutualTLSMode");
      if (!at) continue;
      const scope2 = entry.scope;
      if (model.meshAllowsPermissive(scope2)) continue;
      const mesh = model.meshOf(scope2);
      if (mesh) {
        const flag = mesh.field("AllowEnablingPermissiveMutualTLS");
        const written = flag && typeof flag.scalar === "boolean" ? "sets AllowEnablingPermissiveMutualTLS = false" : flag ? "has no valid AllowEnablingPermissiveMutualTLS value" : "does not set AllowEnablingPermissiveMutualTLS (default false)";
        report({
          at,
          message: messages9.meshDisallows(entry, scope2, written),
          related: [flag ? { at: flag, message: messages9.relatedFlag } : { at: mesh.location, message: messages9.relatedMesh }]
        });
        continue;
      }
      const others = model.entriesOf("mesh").filter((m) => m.scope.key !== scope2.key).map((m) => ({ at: m.location, message: messages9.relatedOtherMesh(m.scope) }));
      report({ at, message: messages9.noMesh(entry, scope2), related: others });
    }
  }
});

// rules/permissive-proxy-defaults.ts
var messages10 = {
  permissive: (entry) => `${entry.label} sets MutualTLSMode = "permissive" for all of ${describeScope(entry.scope)}, so every service there without its own MutualTLSMode accepts plaintext connections that intentions do not govern; leave proxy-defaults strict and set "permissive" only in the service-defaults of the services being onboarded.`
};
var permissive_proxy_defaults_default = defineRule({
  meta: {
    id: "permissive-proxy-defaults",
    description: 'MutualTLSMode = "permissive" in proxy-defaults makes every service of the partition permissive',
    category: "security",
    defaultSeverity: "warning",
    enforceSeverity: "error",
    securitySeverity: 7.5,
    docsUrl: "rules/permissive-proxy-defaults.md"
  },
  check({ model, report }) {
    for (const entry of model.permissiveEntries()) {
      if (entry.kind !== "proxy-defaults") continue;
      const at = entry.field("MutualTLSMode");
      if (at) report({ at, message: messages10.permissive(entry) });
    }
  }
});

// rules/permissive-requires-transparent-proxy.ts
var NO_LISTENER = 'Consul builds the permissive listener only for proxies in transparent mode, so MutualTLSMode = "permissive" has no effect';
var WHY_OFF = {
  annotation: 'the pod annotation consul.hashicorp.com/transparent-proxy: "false"',
  "namespace-label": 'the namespace label consul.hashicorp.com/transparent-proxy: "false"',
  helm: "the Helm value connectInject.transparentProxy.defaultEnabled = false",
  default: "the consul-k8s default"
};
var messages11 = {
  serviceDirect: (svc, scope2, modeFrom) => `Service "${svc}" in ${describeScope(scope2)} is permissive but its proxy Mode is "direct" (${modeFrom}); ${NO_LISTENER}: set Mode = "transparent" for "${svc}", or leave MutualTLSMode unset.`,
  proxyDefaultsDirect: (scope2) => `proxy-defaults in ${describeScope(scope2)} sets MutualTLSMode = "permissive" together with Mode = "direct"; ${NO_LISTENER} on every service that inherits both: set Mode = "transparent" (or leave it unset and let consul-k8s register transparent proxies).`,
  workloadOff: (svc, scope2, workloads, why) => `Service "${svc}" in ${describeScope(scope2)} is permissive but ${why} turns transparent proxy off for ${workloads}; ${NO_LISTENER}: annotate the pods with consul.hashicorp.com/transparent-proxy: "true".`,
  serviceFactOff: (svc, scope2) => `Service "${svc}" in ${describeScope(scope2)} is permissive but the cluster fact transparentProxyDefault: false says its pods run without transparent proxy; ${NO_LISTENER}: annotate the pods of "${svc}" with consul.hashicorp.com/transparent-proxy: "true".`,
  proxyDefaultsFactOff: (scope2) => `proxy-defaults in ${describeScope(scope2)} sets MutualTLSMode = "permissive" but the cluster fact transparentProxyDefault: false says pods run without transparent proxy; ${NO_LISTENER} on every pod that does not opt in: annotate the pods with consul.hashicorp.com/transparent-proxy: "true".`,
  relatedPermissive: 'MutualTLSMode = "permissive" is set here',
  relatedDirect: 'Mode = "direct" is set here'
};
function injectedWorkloads(model, s) {
  return model.workloadsOf(s.scope, s.namespace, s.name).filter((w) => w.injected);
}
function configProxyMode(model, s) {
  const pm = model.effectiveProxyMode(s.scope, s.namespace, s.name);
  return pm.entry?.origin === "crd" ? { value: "", source: "default" } : pm;
}
function joinLabels(labels) {
  return labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}
function locKey2(l) {
  return `${l.file}\0${l.range.start.offset}\0${l.range.end.offset}`;
}
var permissive_requires_transparent_proxy_default = defineRule({
  meta: {
    id: "permissive-requires-transparent-proxy",
    description: "Permissive mTLS only takes effect on proxies in transparent mode",
    category: "correctness",
    defaultSeverity: "error",
    docsUrl: "rules/permissive-requires-transparent-proxy.md"
  },
  check({ model, report }) {
    for (const { service: s, mode } of model.permissiveServices()) {
      const injected = injectedWorkloads(model, s);
      if (injected.length > 0) {
        const groups = /* @__PURE__ */ new Map();
        for (const w of injected) {
          if (w.transparentProxy) continue;
          const at = w.transparentProxyAt ?? w.at;
          const g = groups.get(locKey2(at));
          if (g) g.labels.push(w.label);
          else groups.set(locKey2(at), { at, why: WHY_OFF[w.transparentProxySource], labels: [w.label] });
        }
        for (const g of groups.values()) {
          report({
            at: g.at,
            message: messages11.workloadOff(s.name, s.scope, joinLabels(g.labels.sort()), g.why),
            related: mode.at ? [{ at: mode.at, message: messages11.relatedPermissive }] : []
          });
        }
        continue;
      }
      const pm = configProxyMode(model, s);
      if (pm.value === "direct" && pm.at) {
        if (mode.source === "proxy-defaults" && pm.source === "proxy-defaults") continue;
        const fromSd = mode.source === "service-defaults";
        const at = fromSd ? mode.at : pm.at;
        const related = fromSd ? { at: pm.at, message: messages11.relatedDirect } : { at: mode.at, message: messages11.relatedPermissive };
        report({
          at,
          message: messages11.serviceDirect(s.name, s.scope, pm.entry ? `from ${pm.entry.label}` : "from config"),
          related: locKey2(related.at) === locKey2(at) ? [] : [related]
        });
        continue;
      }
      if (model.factsOf(s.scope).transparentProxyDefault === false && mode.source === "service-defaults" && mode.at) {
        report({ at: mode.at, message: messages11.serviceFactOff(s.name, s.scope) });
      }
    }
    for (const pd of model.permissiveEntries()) {
      if (pd.kind !== "proxy-defaults" || pd.name !== "global") continue;
      const mtls = pd.field("MutualTLSMode");
      if (!mtls) continue;
      const modeF = pd.origin === "crd" ? void 0 : pd.field("Mode");
      const direct = modeF?.scalar === "direct";
      const factOff = model.factsOf(pd.scope).transparentProxyDefault === false;
      if (!direct && !factOff) continue;
      if (!reachesUninjectedService(model, pd, direct)) continue;
      report({
        at: mtls,
        message: direct ? messages11.proxyDefaultsDirect(pd.scope) : messages11.proxyDefaultsFactOff(pd.scope),
        related: direct && modeF ? [{ at: modeF, message: messages11.relatedDirect }] : []
      });
    }
  }
});
function reachesUninjectedService(model, pd, direct) {
  const inheriting = model.permissiveServices().filter(({ service: s, mode }) => s.scope.key === pd.scope.key && mode.source === "proxy-defaults").filter(({ service: s }) => !direct || configProxyMode(model, s).source === "proxy-defaults");
  if (inheriting.length === 0) return true;
  return inheriting.some(({ service: s }) => injectedWorkloads(model, s).length === 0);
}

// rules/permissive-without-intentions.ts
var messages12 = {
  noIntentions: (svc, scope2) => `No allow intention names permissive service "${svc}" in ${describeScope(scope2)} as its destination and no downstream declares it as an explicit upstream, so transparent proxies cannot infer it as an upstream and downstream traffic to it stays plaintext: add an allow intention from each downstream to "${svc}".`,
  relatedInherited: 'MutualTLSMode = "permissive" is inherited from here',
  relatedDeny: "only deny intentions name it; they do not make it an upstream"
};
var permissive_without_intentions_default = defineRule({
  meta: {
    id: "permissive-without-intentions",
    description: "A permissive service that no allow intention or explicit upstream names keeps receiving plaintext traffic",
    category: "security",
    defaultSeverity: "warning",
    enforceSeverity: "error",
    securitySeverity: 7,
    docsUrl: "rules/permissive-without-intentions.md"
  },
  check({ model, report }) {
    for (const { service: s, mode } of model.permissiveServices()) {
      if (model.factsOf(s.scope).defaultIntentionPolicy === "allow") continue;
      const deciding = model.decidingIntentionsTo(s.scope, s.namespace, s.name);
      if (deciding.some((i) => i.action === "allow" || i.action === "l7")) continue;
      if (model.explicitUpstreamsTo(s.scope, s.namespace, s.name).length > 0) continue;
      const related = [];
      let at = mode.source === "service-defaults" ? mode.at : void 0;
      if (!at) {
        at = model.serviceDefaultsOf(s.scope, s.namespace, s.name)?.location ?? model.workloadsOf(s.scope, s.namespace, s.name)[0]?.at ?? mode.at;
        if (mode.at && at !== mode.at) related.push({ at: mode.at, message: messages12.relatedInherited });
      }
      if (!at) continue;
      for (const d of deciding) {
        if (d.action === "deny") related.push({ at: d.entry.field(`${d.path}.Action`) ?? d.at, message: messages12.relatedDeny });
      }
      report({ at, message: messages12.noIntentions(s.name, s.scope), related });
    }
  }
});

// rules/strict-mode-implicit.ts
var messages13 = {
  implicit: (entry, inherits) => `${entry.label} in ${describeScope(entry.scope)} does not set MutualTLSMode, so it inherits ${inherits}, while MeshDestinationsOnly is not true in that partition (onboarding is under way); set MutualTLSMode = "strict" explicitly so the service is added with strict mTLS.`,
  relatedMdo: "MeshDestinationsOnly is not true in the mesh entry of this partition"
};
var strict_mode_implicit_default = defineRule({
  meta: {
    id: "strict-mode-implicit",
    description: "During onboarding (MeshDestinationsOnly not true), a service-defaults entry should set MutualTLSMode explicitly",
    category: "hygiene",
    defaultSeverity: "note",
    enforceSeverity: "warning",
    docsUrl: "rules/strict-mode-implicit.md"
  },
  check({ model, report }) {
    for (const entry of model.entriesOf("service-defaults")) {
      const own = entry.field("MutualTLSMode");
      if (own && own.scalar !== "") continue;
      const mesh = model.meshOf(entry.scope);
      if (!mesh) continue;
      const mdo = mesh.field("TransparentProxy.MeshDestinationsOnly");
      if (mdo && mdo.scalar !== false) continue;
      const pd = model.proxyDefaultsOf(entry.scope)?.str("MutualTLSMode");
      const inherits = pd ? `"${pd}" from proxy-defaults` : "the proxy-defaults value (strict while none is set)";
      report({
        at: own ?? entry.location,
        message: messages13.implicit(entry, inherits),
        related: [{ at: mdo ?? mesh.location, message: messages13.relatedMdo }]
      });
    }
  }
});

// src/model/schema.ts
function opts(o) {
  if (o === void 0) return {};
  if (typeof o === "string") return { alias: [o] };
  if (Array.isArray(o)) return { alias: o };
  return o;
}
var str = (name, o) => ({ name, type: { t: "string" }, ...opts(o) });
var bool = (name, o) => ({ name, type: { t: "bool" }, ...opts(o) });
var int = (name, o) => ({ name, type: { t: "int" }, ...opts(o) });
var float = (name, o) => ({ name, type: { t: "float" }, ...opts(o) });
var duration = (name, o) => ({ name, type: { t: "duration" }, ...opts(o) });
var map = (name, o) => ({ name, type: { t: "map" }, ...opts(o) });
var any = (name, o) => ({ name, type: { t: "any" }, ...opts(o) });
var obj = (name, fields, o) => ({
  name,
  type: { t: "object", fields },
  ...opts(o)
});
var list = (name, of, o) => ({ name, type: { t: "list", of }, ...opts(o) });
var objList = (name, fields, o) => list(name, { t: "object", fields }, o);
var strList = (name, o) => list(name, { t: "string" }, o);
function crdName2(spec) {
  if (spec.crd) return spec.crd;
  const n = spec.name;
  const m = /^[A-Z]+/.exec(n);
  if (!m) return n;
  const run = m[0];
  if (run.length === n.length) return n.toLowerCase();
  if (run.length === 1) return n[0].toLowerCase() + n.slice(1);
  return run.slice(0, -1).toLowerCase() + n.slice(run.length - 1);
}

// rules/unknown-field.ts
function who2(e) {
  const name = e.crd ? `${e.crd.kind} "${e.crd.metadataName ?? ""}"` : e.label;
  return `${name} (${describeScope(e.scope)})`;
}
var messages14 = {
  unknownKey: (e, consulError, fix2) => `${who2(e)}: ${consulError}; Consul rejects the entry — ${fix2}`,
  meshName: (e, key) => `${who2(e)}: invalid config key "${key}"; Consul rejects the entry because the mesh entry has no name (it is always "mesh") — remove the ${key} key`,
  proxyProtocol: (e, key, value) => `${who2(e)}: invalid config key "${key}"; Consul rejects the entry because proxy-defaults has no top-level Protocol — set it inside Config instead (${e.origin === "hcl" ? `Config { protocol = "${value}" }` : `"Config": { "protocol": "${value}" }`})`,
  crdUnknown: (e, path9, fix2) => `${who2(e)}: unknown field "${path9}"; kubectl apply rejects it (strict field validation) and with other clients the API server drops it, so Consul never receives the setting — ${fix2}`,
  crdProxyProtocol: (e, value) => `${who2(e)}: unknown field "spec.protocol"; ProxyDefaults has no spec.protocol (kubectl apply rejects it, other clients have it dropped) — set the protocol in spec.config instead (config: { protocol: ${value} })`,
  duplicateSpelling: (e, canonical, winner, loser, consulKey) => consulKey ? `${who2(e)}: ${canonical} is set twice, as "${winner}" and "${loser}"; Consul decodes "${winner}" and rejects the entry with invalid config key "${consulKey}" — keep one spelling` : `${who2(e)}: ${canonical} is set twice, as "${winner}" and "${loser}"; Consul keeps "${winner}" and silently ignores "${loser}" — keep one spelling`,
  duplicateKey: (e, issue) => `${who2(e)}: ${issue.message} — remove the others`
};
var unknown_field_default = defineRule({
  meta: {
    id: "unknown-field",
    description: "A key Consul's decoder does not know for the entry's kind, or one key written twice",
    category: "correctness",
    defaultSeverity: "error",
    docsUrl: "rules/unknown-field.md"
  },
  check({ model, report }) {
    for (const e of model.entries) {
      if (!e.spec) continue;
      for (const issue of e.issues) {
        const at = e.at(issue.range, issue.path);
        switch (issue.code) {
          case "unknown-key":
            report({ at, message: unknownKeyMessage(e, issue) });
            break;
          case "duplicate-spelling": {
            const d = duplicateSpelling(e, issue);
            if (d) report({ at, message: messages14.duplicateSpelling(e, d.canonical, d.winner, d.loser, d.consulKey) });
            else report({ at, message: `${who2(e)}: ${issue.message}` });
            break;
          }
          case "duplicate-key":
            if (e.origin !== "crd" && e.origin !== "yaml") report({ at, message: messages14.duplicateKey(e, issue) });
            break;
          default:
            break;
        }
      }
    }
  }
});
function lastSegment(path9) {
  const i = path9.lastIndexOf(".");
  return i < 0 ? path9 : path9.slice(i + 1);
}
function parentPath(path9) {
  const i = path9.lastIndexOf(".");
  return i < 0 ? "" : path9.slice(0, i);
}
function unknownKeyMessage(e, issue) {
  const key = lastSegment(issue.path);
  const lower = key.toLowerCase();
  const topLevel = parentPath(issue.path) === (e.crd ? "spec" : "");
  if (e.crd) {
    if (topLevel && e.kind === "proxy-defaults" && lower === "protocol") {
      return messages14.crdProxyProtocol(e, writtenValue(e, issue) ?? "http");
    }
    const s2 = suggest(key, issue.known ?? []);
    return messages14.crdUnknown(e, crdPath(e.spec.fields, issue.path), s2 ? `did you mean "${s2}"?` : "remove it or correct its spelling (spec keys are case-sensitive lowerCamelCase)");
  }
  if (topLevel && e.kind === "mesh" && lower === "name") return messages14.meshName(e, key);
  if (topLevel && e.kind === "proxy-defaults" && lower === "protocol") {
    return messages14.proxyProtocol(e, issue.path, writtenValue(e, issue) ?? "http");
  }
  const s = suggest(key, issue.known ?? []);
  const fix2 = s ? `did you mean "${s}"?` : "remove it or correct its spelling";
  return messages14.unknownKey(e, consulUnknownKeyError(issue.path), fix2);
}
function consulUnknownKeyError(path9) {
  const lower = path9.toLowerCase();
  if (lower.endsWith("namespace")) return `invalid config key "${path9}", namespaces are a consul enterprise feature`;
  if (lower.includes("jwt")) return `invalid config key "${path9}", api-gateway jwt validation is a consul enterprise feature`;
  return `invalid config key "${path9}"`;
}
function writtenValue(e, issue) {
  const obj2 = e.crd ? e.crd.spec : e.raw;
  const p = obj2?.props.find((q) => q.keyRange.start.offset === issue.range.start.offset);
  return p && p.value.type === "string" ? p.value.value : void 0;
}
function suggest(key, known) {
  const a = key.toLowerCase();
  const a2 = a.replace(/_/g, "");
  let best;
  let bestD = Infinity;
  for (const k of known) {
    if (k === key) continue;
    const b = k.toLowerCase();
    const d = Math.min(distance(a, b), distance(a2, b));
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  if (best === void 0) return void 0;
  const len = Math.max(a2.length, best.length);
  const limit = len <= 4 ? 1 : len <= 8 ? 2 : Math.floor(len / 3);
  return bestD <= limit ? best : void 0;
}
function distance(a, b) {
  const m = a.length;
  const n = b.length;
  const d = Array.from({ length: m + 1 }, (_, i) => {
    const row = new Array(n + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[m][n];
}
function duplicateSpelling(e, issue) {
  const loser = lastSegment(issue.path);
  const parent = parentPath(issue.path);
  const fields = fieldsAt(e.spec.fields, parent);
  if (!fields) return void 0;
  const lower = loser.toLowerCase();
  const spec = fields.find((f) => f.name.toLowerCase() === lower || (f.alias ?? []).some((a) => a.toLowerCase() === lower));
  if (!spec) return void 0;
  const canonicalPath = parent ? `${parent}.${spec.name}` : spec.name;
  const winner = e.field(canonicalPath)?.field.key;
  if (!winner) return void 0;
  const isAlias2 = spec.name.toLowerCase() !== lower;
  const prefix = parent ? `${parent}.` : "";
  let consulKey = `${prefix}${isAlias2 ? spec.name.toLowerCase() : loser}`;
  if (isAlias2 && winner === spec.name.toLowerCase()) consulKey = void 0;
  return { canonical: canonicalPath, winner, loser, consulKey };
}
function crdPath(root, path9) {
  const segs = path9.split(".");
  let fields = root;
  const out = [segs[0]];
  for (let i = 1; i < segs.length; i++) {
    const seg = segs[i];
    if (i === segs.length - 1) {
      out.push(seg);
      break;
    }
    const m = /^([^[]+)(.*)$/.exec(seg);
    const f = fields?.find((x) => x.name === m[1]);
    out.push(`${f ? crdName2(f) : m[1].charAt(0).toLowerCase() + m[1].slice(1)}${m[2]}`);
    let t = f?.type;
    if (t?.t === "list") t = t.of;
    fields = t?.t === "object" ? t.fields : void 0;
  }
  return out.join(".");
}
function fieldsAt(root, path9) {
  let fields = root;
  if (!path9) return fields;
  for (const seg of path9.split(".")) {
    const name = seg.replace(/\[\d+\]/g, "");
    const f = fields.find((x) => x.name === name);
    if (!f) return void 0;
    let t = f.type;
    if (t.t === "list") t = t.of;
    if (t.t === "map" && t.values) t = t.values;
    if (t.t !== "object") return void 0;
    fields = t.fields;
  }
  return fields;
}

// rules/unknown-proxy-mode.ts
var MODES = /* @__PURE__ */ new Set(["", "direct", "transparent"]);
var messages15 = {
  unknownMode: (e, value) => {
    const near = MODES.has(value.trim().toLowerCase()) ? value.trim().toLowerCase() : void 0;
    const fix2 = near ? `write "${near}"` : 'use "transparent" or "direct", or remove Mode';
    return `${e.label} (${describeScope(e.scope)}) sets Mode "${value}", which is not a proxy mode: Consul stores it without complaint, but it never turns transparent proxy on — ${fix2}`;
  }
};
var unknown_proxy_mode_default = defineRule({
  meta: {
    id: "unknown-proxy-mode",
    description: 'A proxy Mode other than "", "direct" or "transparent" in service-defaults or proxy-defaults',
    category: "correctness",
    defaultSeverity: "warning",
    enforceSeverity: "error",
    docsUrl: "rules/unknown-proxy-mode.md"
  },
  check({ model, report }) {
    for (const kind of ["service-defaults", "proxy-defaults"]) {
      for (const e of model.entriesOf(kind)) {
        if (e.crd) continue;
        const mode = e.field("Mode");
        if (!mode || typeof mode.scalar !== "string" || MODES.has(mode.scalar)) continue;
        report({ at: mode, message: messages15.unknownMode(e, mode.scalar) });
      }
    }
  }
});

// rules/index.ts
var RULES = [
  crd_rejected_field_default,
  deny_intention_bypassed_default,
  duplicate_entry_default,
  invalid_entry_name_default,
  mesh_destinations_only_disabled_default,
  parse_error_default,
  permissive_allowed_unused_default,
  permissive_expired_default,
  permissive_mtls_default,
  permissive_not_allowed_default,
  permissive_proxy_defaults_default,
  permissive_requires_transparent_proxy_default,
  permissive_without_intentions_default,
  strict_mode_implicit_default,
  unknown_field_default,
  unknown_proxy_mode_default
];

// src/discover.ts
import { lstat, realpath, stat } from "node:fs/promises";
import path4 from "node:path";

// node_modules/globby/index.js
import process3 from "node:process";
import fs3 from "node:fs";
import nodePath from "node:path";
import { Readable } from "node:stream";

// node_modules/@sindresorhus/merge-streams/index.js
import { on, once } from "node:events";
import { PassThrough as PassThroughStream, getDefaultHighWaterMark } from "node:stream";
import { finished } from "node:stream/promises";
function mergeStreams(streams) {
  if (!Array.isArray(streams)) {
    throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
  }
  for (const stream of streams) {
    validateStream(stream);
  }
  const objectMode = streams.some(({ readableObjectMode }) => readableObjectMode);
  const highWaterMark = getHighWaterMark(streams, objectMode);
  const passThroughStream = new MergedStream({
    objectMode,
    writableHighWaterMark: highWaterMark,
    readableHighWaterMark: highWaterMark
  });
  for (const stream of streams) {
    passThroughStream.add(stream);
  }
  return passThroughStream;
}
var getHighWaterMark = (streams, objectMode) => {
  if (streams.length === 0) {
    return getDefaultHighWaterMark(objectMode);
  }
  const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
  return Math.max(...highWaterMarks);
};
var MergedStream = class extends PassThroughStream {
  #streams = /* @__PURE__ */ new Set([]);
  #ended = /* @__PURE__ */ new Set([]);
  #aborted = /* @__PURE__ */ new Set([]);
  #onFinished;
  #unpipeEvent = /* @__PURE__ */ Symbol("unpipe");
  #streamPromises = /* @__PURE__ */ new WeakMap();
  add(stream) {
    validateStream(stream);
    if (this.#streams.has(stream)) {
      return;
    }
    this.#streams.add(stream);
    this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
    const streamPromise = endWhenStreamsDone({
      passThroughStream: this,
      stream,
      streams: this.#streams,
      ended: this.#ended,
      aborted: this.#aborted,
      onFinished: this.#onFinished,
      unpipeEvent: this.#unpipeEvent
    });
    this.#streamPromises.set(stream, streamPromise);
    stream.pipe(this, { end: false });
  }
  async remove(stream) {
    validateStream(stream);
    if (!this.#streams.has(stream)) {
      return false;
    }
    const streamPromise = this.#streamPromises.get(stream);
    if (streamPromise === void 0) {
      return false;
    }
    this.#streamPromises.delete(stream);
    stream.unpipe(this);
    await streamPromise;
    return true;
  }
};
var onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
  const controller = new AbortController();
  try {
    await Promise.race([
      onMergedStreamEnd(passThroughStream, controller),
      onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller)
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
  }
};
var onMergedStreamEnd = async (passThroughStream, { signal }) => {
  try {
    await finished(passThroughStream, { signal, cleanup: true });
  } catch (error) {
    errorOrAbortStream(passThroughStream, error);
    throw error;
  }
};
var onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
  for await (const [unpipedStream] of on(passThroughStream, "unpipe", { signal })) {
    if (streams.has(unpipedStream)) {
      unpipedStream.emit(unpipeEvent);
    }
  }
};
var validateStream = (stream) => {
  if (typeof stream?.pipe !== "function") {
    throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
  }
};
var endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted, onFinished, unpipeEvent }) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
  const controller = new AbortController();
  try {
    await Promise.race([
      afterMergedStreamFinished(onFinished, stream, controller),
      onInputStreamEnd({
        passThroughStream,
        stream,
        streams,
        ended,
        aborted,
        controller
      }),
      onInputStreamUnpipe({
        stream,
        streams,
        ended,
        aborted,
        unpipeEvent,
        controller
      })
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
  }
  if (streams.size > 0 && streams.size === ended.size + aborted.size) {
    if (ended.size === 0 && aborted.size > 0) {
      abortStream(passThroughStream);
    } else {
      endStream(passThroughStream);
    }
  }
};
var afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
  try {
    await onFinished;
    if (!signal.aborted) {
      abortStream(stream);
    }
  } catch (error) {
    if (!signal.aborted) {
      errorOrAbortStream(stream, error);
    }
  }
};
var onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted, controller: { signal } }) => {
  try {
    await finished(stream, {
      signal,
      cleanup: true,
      readable: true,
      writable: false
    });
    if (streams.has(stream)) {
      ended.add(stream);
    }
  } catch (error) {
    if (signal.aborted || !streams.has(stream)) {
      return;
    }
    if (isAbortError(error)) {
      aborted.add(stream);
    } else {
      errorStream(passThroughStream, error);
    }
  }
};
var onInputStreamUnpipe = async ({ stream, streams, ended, aborted, unpipeEvent, controller: { signal } }) => {
  await once(stream, unpipeEvent, { signal });
  if (!stream.readable) {
    return once(signal, "abort", { signal });
  }
  streams.delete(stream);
  ended.delete(stream);
  aborted.delete(stream);
};
var endStream = (stream) => {
  if (stream.writable) {
    stream.end();
  }
};
var errorOrAbortStream = (stream, error) => {
  if (isAbortError(error)) {
    abortStream(stream);
  } else {
    errorStream(stream, error);
  }
};
var isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var abortStream = (stream) => {
  if (stream.readable || stream.writable) {
    stream.destroy();
  }
};
var errorStream = (stream, error) => {
  if (!stream.destroyed) {
    stream.once("error", noop);
    stream.destroy(error);
  }
};
var noop = () => {
};
var updateMaxListeners = (passThroughStream, increment) => {
  const maxListeners = passThroughStream.getMaxListeners();
  if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
    passThroughStream.setMaxListeners(maxListeners + increment);
  }
};
var PASSTHROUGH_LISTENERS_COUNT = 2;
var PASSTHROUGH_LISTENERS_PER_STREAM = 1;

// node_modules/globby/index.js
var import_fast_glob3 = __toESM(require_out4(), 1);

// node_modules/unicorn-magic/node.js
import { promisify } from "node:util";
import { execFile as execFileCallback, execFileSync as execFileSyncOriginal } from "node:child_process";
import { fileURLToPath } from "node:url";
var execFileOriginal = promisify(execFileCallback);
function toPath(urlOrPath) {
  return urlOrPath instanceof URL ? fileURLToPath(urlOrPath) : urlOrPath;
}
var TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;

// node_modules/globby/ignore.js
var import_fast_glob2 = __toESM(require_out4(), 1);
var import_ignore2 = __toESM(require_ignore(), 1);
import process2 from "node:process";
import fs2 from "node:fs";
import fsPromises from "node:fs/promises";
import path3 from "node:path";
import os from "node:os";

// node_modules/is-path-inside/index.js
import path from "node:path";
function isPathInside(childPath, parentPath2) {
  const relation = path.relative(parentPath2, childPath);
  return Boolean(
    relation && relation !== ".." && !relation.startsWith(`..${path.sep}`) && relation !== path.resolve(childPath)
  );
}

// node_modules/slash/index.js
function slash(path9) {
  const isExtendedLengthPath = path9.startsWith("\\\\?\\");
  if (isExtendedLengthPath) {
    return path9;
  }
  return path9.replace(/\\/g, "/");
}

// node_modules/globby/utilities.js
var import_fast_glob = __toESM(require_out4(), 1);
var import_ignore = __toESM(require_ignore(), 1);
import fs from "node:fs";
import path2 from "node:path";
import { promisify as promisify2 } from "node:util";
var import_micromatch = __toESM(require_micromatch(), 1);
var isNegativePattern = (pattern) => pattern[0] === "!";
var normalizeAbsolutePatternToRelative = (pattern) => {
  if (!pattern.startsWith("/")) {
    return pattern;
  }
  const inner = pattern.slice(1);
  const firstSlashIndex = inner.indexOf("/");
  const firstSegment = firstSlashIndex > 0 ? inner.slice(0, firstSlashIndex) : inner;
  if (firstSlashIndex > 0 && !import_fast_glob.default.isDynamicPattern(firstSegment)) {
    return pattern;
  }
  return inner;
};
var absolutePrefixesMatch = (positivePrefix, negativePrefix) => negativePrefix === positivePrefix;
var getStaticAbsolutePathPrefix = (pattern) => {
  if (!path2.isAbsolute(pattern)) {
    return void 0;
  }
  const staticSegments = [];
  for (const segment of pattern.split("/")) {
    if (!segment) {
      continue;
    }
    if (import_fast_glob.default.isDynamicPattern(segment)) {
      break;
    }
    staticSegments.push(segment);
  }
  return staticSegments.length === 0 ? void 0 : `/${staticSegments.join("/")}`;
};
var normalizeNegativePattern = (pattern, positiveAbsolutePathPrefixes = [], hasRelativePositivePattern = false) => {
  if (!pattern.startsWith("/")) {
    return pattern;
  }
  const normalizedPattern = normalizeAbsolutePatternToRelative(pattern);
  if (normalizedPattern !== pattern) {
    return normalizedPattern;
  }
  if (hasRelativePositivePattern) {
    return pattern.slice(1);
  }
  const negativeAbsolutePathPrefix = getStaticAbsolutePathPrefix(pattern);
  const preserveAsAbsolutePattern = negativeAbsolutePathPrefix !== void 0 && positiveAbsolutePathPrefixes.some((positiveAbsolutePathPrefix) => absolutePrefixesMatch(positiveAbsolutePathPrefix, negativeAbsolutePathPrefix));
  return preserveAsAbsolutePattern ? pattern : pattern.slice(1);
};
var bindFsMethod = (object, methodName) => {
  const method = object?.[methodName];
  return typeof method === "function" ? method.bind(object) : void 0;
};
var promisifyFsMethod = (object, methodName) => {
  const method = object?.[methodName];
  if (typeof method !== "function") {
    return void 0;
  }
  return promisify2(method.bind(object));
};
var normalizeDirectoryPatternForFastGlob = (pattern) => {
  if (!pattern.endsWith("/")) {
    return pattern;
  }
  const trimmedPattern = pattern.replace(/\/+$/u, "");
  if (!trimmedPattern) {
    return "/**";
  }
  if (trimmedPattern === "**") {
    return "**/**";
  }
  const hasLeadingSlash = trimmedPattern.startsWith("/");
  const patternBody = hasLeadingSlash ? trimmedPattern.slice(1) : trimmedPattern;
  const hasInnerSlash = patternBody.includes("/");
  const needsRecursivePrefix = !hasLeadingSlash && !hasInnerSlash && !trimmedPattern.startsWith("**/");
  const recursivePrefix = needsRecursivePrefix ? "**/" : "";
  return `${recursivePrefix}${trimmedPattern}/**`;
};
var getParentDirectoryPrefix = (pattern) => {
  const normalizedPattern = isNegativePattern(pattern) ? pattern.slice(1) : pattern;
  const match = normalizedPattern.match(/^(\.\.\/)+/);
  return match ? match[0] : "";
};
var adjustIgnorePatternsForParentDirectories = (patterns, ignorePatterns) => {
  if (patterns.length === 0 || ignorePatterns.length === 0) {
    return ignorePatterns;
  }
  const parentPrefixes = patterns.map((pattern) => getParentDirectoryPrefix(pattern));
  const firstPrefix = parentPrefixes[0];
  if (!firstPrefix) {
    return ignorePatterns;
  }
  const allSamePrefix = parentPrefixes.every((prefix) => prefix === firstPrefix);
  if (!allSamePrefix) {
    return ignorePatterns;
  }
  return ignorePatterns.map((pattern) => {
    if (pattern.startsWith("**/") && !pattern.startsWith("../")) {
      return firstPrefix + pattern;
    }
    return pattern;
  });
};
var getAsyncStatMethod = (fsImplementation) => bindFsMethod(fsImplementation?.promises, "stat") ?? bindFsMethod(fs.promises, "stat");
var getStatSyncMethod = (fsImplementation) => {
  if (fsImplementation) {
    return bindFsMethod(fsImplementation, "statSync");
  }
  return bindFsMethod(fs, "statSync");
};
var pathHasGitDirectory = (stats) => Boolean(stats?.isDirectory?.() || stats?.isFile?.());
var buildPathChain = (startPath, rootPath) => {
  const chain = [];
  let currentPath = startPath;
  chain.push(currentPath);
  while (currentPath !== rootPath) {
    const parentPath2 = path2.dirname(currentPath);
    if (parentPath2 === currentPath) {
      break;
    }
    currentPath = parentPath2;
    chain.push(currentPath);
  }
  return chain;
};
var findGitRootInChain = async (paths, statMethod) => {
  for (const directory of paths) {
    const gitPath = path2.join(directory, ".git");
    try {
      const stats = await statMethod(gitPath);
      if (pathHasGitDirectory(stats)) {
        return directory;
      }
    } catch {
    }
  }
  return void 0;
};
var findGitRootSyncUncached = (cwd, fsImplementation) => {
  const statSyncMethod = getStatSyncMethod(fsImplementation);
  if (!statSyncMethod) {
    return void 0;
  }
  const currentPath = path2.resolve(cwd);
  const { root } = path2.parse(currentPath);
  const chain = buildPathChain(currentPath, root);
  for (const directory of chain) {
    const gitPath = path2.join(directory, ".git");
    try {
      const stats = statSyncMethod(gitPath);
      if (pathHasGitDirectory(stats)) {
        return directory;
      }
    } catch {
    }
  }
  return void 0;
};
var findGitRootSync = (cwd, fsImplementation) => {
  if (typeof cwd !== "string") {
    throw new TypeError("cwd must be a string");
  }
  return findGitRootSyncUncached(cwd, fsImplementation);
};
var findGitRootAsyncUncached = async (cwd, fsImplementation) => {
  const statMethod = getAsyncStatMethod(fsImplementation);
  if (!statMethod) {
    return findGitRootSync(cwd, fsImplementation);
  }
  const currentPath = path2.resolve(cwd);
  const { root } = path2.parse(currentPath);
  const chain = buildPathChain(currentPath, root);
  return findGitRootInChain(chain, statMethod);
};
var findGitRoot = async (cwd, fsImplementation) => {
  if (typeof cwd !== "string") {
    throw new TypeError("cwd must be a string");
  }
  return findGitRootAsyncUncached(cwd, fsImplementation);
};
var isWithinGitRoot = (gitRoot, cwd) => {
  const resolvedGitRoot = path2.resolve(gitRoot);
  const resolvedCwd = path2.resolve(cwd);
  return resolvedCwd === resolvedGitRoot || isPathInside(resolvedCwd, resolvedGitRoot);
};
var getParentGitignorePaths = (gitRoot, cwd) => {
  if (gitRoot && typeof gitRoot !== "string") {
    throw new TypeError("gitRoot must be a string or undefined");
  }
  if (typeof cwd !== "string") {
    throw new TypeError("cwd must be a string");
  }
  if (!gitRoot) {
    return [];
  }
  if (!isWithinGitRoot(gitRoot, cwd)) {
    return [];
  }
  const chain = buildPathChain(path2.resolve(cwd), path2.resolve(gitRoot));
  return [...chain].reverse().map((directory) => path2.join(directory, ".gitignore"));
};
var GITIGNORE_WILDCARDS = /(?<!\\)[*?[]/u;
var hasGitignoreWildcards = (value) => GITIGNORE_WILDCARDS.test(value);
var MICROMATCH_ONLY_SYNTAX = /[(){}|\\]/u;
var unescapeGitignorePattern = (value) => value.replaceAll(/\\(.)/gu, "$1");
var normalizeGitignorePatternForIgnore = (value) => value.replaceAll(/\\(.)/gu, (match, character) => "*[]\\".includes(character) ? match : character);
var toLiteralPattern = (value) => import_fast_glob.default.escapePath(unescapeGitignorePattern(value));
var finalSegment = (value) => value.replace(/\/+$/u, "").split("/").pop();
var toStandaloneRule = (value) => value.replace(/^([#!])/u, String.raw`\$1`);
var isInsideCwd = (relativePath) => relativePath !== "" && !relativePath.startsWith("..") && !path2.isAbsolute(relativePath);
var anchorToCwd = (directory, body, cwd) => {
  const relativePath = slash(path2.relative(cwd, path2.join(directory, body)));
  return isInsideCwd(relativePath) ? relativePath : void 0;
};
var createNameComparer = () => {
  const nameMatchers = /* @__PURE__ */ new Map();
  const matchesName = (pattern, name) => {
    const namePath = unescapeGitignorePattern(name);
    if (!(0, import_ignore.isPathValid)(namePath)) {
      return true;
    }
    const normalizedPattern = normalizeGitignorePatternForIgnore(pattern);
    let nameMatcher = nameMatchers.get(normalizedPattern);
    if (!nameMatcher) {
      nameMatcher = (0, import_ignore.default)().add([toStandaloneRule(normalizedPattern)]);
      nameMatchers.set(normalizedPattern, nameMatcher);
    }
    return nameMatcher.ignores(namePath);
  };
  return (pattern, name) => {
    if (hasGitignoreWildcards(pattern) && hasGitignoreWildcards(name)) {
      return true;
    }
    return hasGitignoreWildcards(name) ? matchesName(name, pattern) : matchesName(pattern, name);
  };
};
var getNegationFinalSegments = (rules) => rules.filter((rule) => isNegativePattern(rule.pattern)).map((rule) => finalSegment(rule.pattern.slice(1))).filter(Boolean);
var negationsCouldRescue = (rules, names) => {
  if (names.length === 0) {
    return false;
  }
  const couldNameTheSamePath = createNameComparer();
  return getNegationFinalSegments(rules).some((negation) => names.some((name) => couldNameTheSamePath(name, negation)));
};
var expandBraceGroups = (pattern) => {
  if (!pattern.includes("{")) {
    return [pattern];
  }
  const expandedPatterns = import_fast_glob.default.generateTasks(pattern).flatMap((task) => task.patterns);
  return expandedPatterns.length > 0 ? expandedPatterns : [pattern];
};
var convertIgnorePatternsForIgnoreFileSearch = (ignorePatterns, searchPatterns) => {
  if (ignorePatterns.length === 0) {
    return ignorePatterns;
  }
  const couldNameTheSamePath = createNameComparer();
  const expandedSearchPatterns = searchPatterns.flatMap((pattern) => expandBraceGroups(pattern));
  if (expandedSearchPatterns.some((pattern) => MICROMATCH_ONLY_SYNTAX.test(pattern.slice(0, pattern.lastIndexOf("/") + 1)))) {
    return [];
  }
  const ignoreFileNames = expandedSearchPatterns.map((pattern) => finalSegment(pattern)).filter(Boolean);
  const couldNameAnIgnoreFile = (pattern) => {
    const name = finalSegment(pattern.replace(/\/\*\*$/u, ""));
    if (!name || MICROMATCH_ONLY_SYNTAX.test(name)) {
      return true;
    }
    return ignoreFileNames.some((ignoreFileName) => MICROMATCH_ONLY_SYNTAX.test(ignoreFileName) ? hasGitignoreWildcards(name) || import_micromatch.default.isMatch(unescapeGitignorePattern(name), ignoreFileName, { dot: true, nocase: true }) : couldNameTheSamePath(name, ignoreFileName));
  };
  return ignorePatterns.filter((pattern) => !expandBraceGroups(pattern).some((expanded) => couldNameAnIgnoreFile(expanded)));
};
var getRulePrune = ({ pattern, directory }, { cwd, matcher, hasNegations, canSkipAtAnyDepth, canMatchIgnoreFile, gitignoreOnlySearch }) => {
  if (isNegativePattern(pattern)) {
    return void 0;
  }
  const isDirectoryPattern = pattern.endsWith("/");
  const clean = pattern.replace(/\/+$/u, "");
  if (!clean) {
    return void 0;
  }
  const body = clean.startsWith("**/") && !clean.slice(3).includes("/") ? clean.slice(3) : clean;
  if (canMatchIgnoreFile(finalSegment(body))) {
    return void 0;
  }
  const isGlob = hasGitignoreWildcards(body);
  if (isGlob && MICROMATCH_ONLY_SYNTAX.test(body)) {
    return void 0;
  }
  const toFastGlob = (value) => normalizeDirectoryPatternForFastGlob(`/${value}${isDirectoryPattern ? "/" : ""}`).replace(/^\//u, "");
  if (!body.includes("/") && canSkipAtAnyDepth(body)) {
    const relativeDirectory = slash(path2.relative(cwd, directory));
    const prefix = isInsideCwd(relativeDirectory) ? `${import_fast_glob.default.escapePath(relativeDirectory)}/` : "";
    return { pattern: toFastGlob(`${prefix}**/${isGlob ? body : toLiteralPattern(body)}`), guardName: body };
  }
  const anchoredBody = body.replace(/^\//u, "");
  const target = anchorToCwd(directory, isGlob ? anchoredBody : unescapeGitignorePattern(anchoredBody), cwd);
  if (target === void 0) {
    return void 0;
  }
  const guardName = finalSegment(anchoredBody);
  if (isGlob) {
    return hasNegations ? void 0 : { pattern: toFastGlob(target), guardName };
  }
  if (!matcher(path2.resolve(cwd, target) + path2.sep).ignored) {
    return void 0;
  }
  const needsGuard = !gitignoreOnlySearch || target.includes("/");
  return {
    pattern: toFastGlob(import_fast_glob.default.escapePath(target)),
    guardName: needsGuard ? guardName : void 0
  };
};
var buildPrunePatternsAndGuards = (rules, matcher, cwd, { gitignoreOnlySearch = false, searchesForGitignoreFiles = false } = {}) => {
  if (!matcher || !cwd || !rules || rules.length === 0) {
    return { patterns: [], guardNames: [] };
  }
  const negationNames = getNegationFinalSegments(rules);
  const couldNameTheSamePath = createNameComparer();
  const context = {
    cwd,
    matcher,
    hasNegations: negationNames.length > 0,
    canSkipAtAnyDepth: (pattern) => !negationNames.some((name) => couldNameTheSamePath(pattern, name)),
    canMatchIgnoreFile: (pattern) => searchesForGitignoreFiles && couldNameTheSamePath(pattern, ".gitignore"),
    gitignoreOnlySearch
  };
  const patterns = [];
  const guardNames = [];
  for (const rule of rules) {
    const prune = getRulePrune(rule, context);
    if (!prune) {
      continue;
    }
    patterns.push(prune.pattern);
    if (prune.guardName !== void 0) {
      guardNames.push(prune.guardName);
    }
  }
  return { patterns, guardNames };
};
var convertPatternsForFastGlob = (rules, matcher, cwd) => buildPrunePatternsAndGuards(rules, matcher, cwd).patterns;

// node_modules/globby/ignore.js
var defaultIgnoredDirectories = [
  "**/node_modules",
  "**/flow-typed",
  "**/coverage",
  "**/.git"
];
var ignoreFilesGlobOptions = {
  absolute: true,
  dot: true
};
var GITIGNORE_FILES_PATTERN = "**/.gitignore";
var MAX_INCLUDE_DEPTH = 10;
var getReadFileMethod = (fsImplementation) => bindFsMethod(fsImplementation?.promises, "readFile") ?? bindFsMethod(fsPromises, "readFile") ?? promisifyFsMethod(fsImplementation, "readFile");
var getReadFileSyncMethod = (fsImplementation) => bindFsMethod(fsImplementation, "readFileSync") ?? bindFsMethod(fs2, "readFileSync");
var shouldSkipIgnoreFileError = (error, suppressErrors) => {
  if (!error) {
    return Boolean(suppressErrors);
  }
  if (error.code === "ENOENT" || error.code === "ENOTDIR") {
    return true;
  }
  return Boolean(suppressErrors);
};
var createReadError = (kind, filePath, error) => {
  const prefix = `Failed to read ${kind} at ${filePath}`;
  if (error instanceof Error) {
    return new Error(`${prefix}: ${error.message}`, { cause: error });
  }
  return new Error(`${prefix}: ${String(error)}`);
};
var createIgnoreFileReadError = (filePath, error) => createReadError("ignore file", filePath, error);
var createGitConfigReadError = (filePath, error) => createReadError("git config", filePath, error);
var processIgnoreFileCore = (filePath, readMethod, suppressErrors) => {
  try {
    const content = readMethod(filePath, "utf8");
    return { filePath, content };
  } catch (error) {
    if (shouldSkipIgnoreFileError(error, suppressErrors)) {
      return void 0;
    }
    throw createIgnoreFileReadError(filePath, error);
  }
};
var readIgnoreFilesSafely = async (paths, readFileMethod, suppressErrors) => {
  const fileResults = await Promise.all(paths.map(async (filePath) => {
    try {
      const content = await readFileMethod(filePath, "utf8");
      return { filePath, content };
    } catch (error) {
      if (shouldSkipIgnoreFileError(error, suppressErrors)) {
        return void 0;
      }
      throw createIgnoreFileReadError(filePath, error);
    }
  }));
  return fileResults.filter(Boolean);
};
var readIgnoreFilesSafelySync = (paths, readFileSyncMethod, suppressErrors) => paths.map((filePath) => processIgnoreFileCore(filePath, readFileSyncMethod, suppressErrors)).filter(Boolean);
var dedupePaths = (paths) => {
  const seen = /* @__PURE__ */ new Set();
  return paths.filter((filePath) => {
    if (seen.has(filePath)) {
      return false;
    }
    seen.add(filePath);
    return true;
  });
};
var globIgnoreFiles = (globFunction, patterns, normalizedOptions) => globFunction(patterns, {
  ...normalizedOptions,
  ...ignoreFilesGlobOptions
  // Must be last to ensure absolute/dot flags stick
});
var normalizeIgnoreFileLine = (line) => {
  line = line.replace(/^\uFEFF/u, "");
  let whitespaceStart = line.length;
  while (whitespaceStart > 0 && /\s/u.test(line[whitespaceStart - 1])) {
    whitespaceStart--;
  }
  if (whitespaceStart === line.length) {
    return line;
  }
  let backslashCount = 0;
  for (let index = whitespaceStart - 1; index >= 0 && line[index] === "\\"; index--) {
    backslashCount++;
  }
  return backslashCount % 2 === 1 ? line.slice(0, whitespaceStart) + " " : line.slice(0, whitespaceStart);
};
var readIgnoreFileLines = (content) => content.split(/\r?\n/).map((line) => normalizeIgnoreFileLine(line)).filter((line) => line && !line.startsWith("#"));
var getIgnoreRules = (files) => files.flatMap((file) => {
  const directory = path3.dirname(file.filePath);
  return readIgnoreFileLines(file.content).map((pattern) => ({ pattern, directory }));
});
var buildIgnoreResult = (files, normalizedOptions, gitRoot) => {
  const baseDir = gitRoot || normalizedOptions.cwd;
  const patterns = getPatternsFromIgnoreFiles(files, baseDir);
  const matcher = createIgnoreMatcher(patterns, normalizedOptions.cwd, baseDir);
  return {
    patterns,
    rules: getIgnoreRules(files),
    matcher,
    predicate: (fileOrDirectory) => matcher(fileOrDirectory).ignored,
    usingGitRoot: Boolean(gitRoot && gitRoot !== normalizedOptions.cwd)
  };
};
var applyBaseToPattern = (pattern, base) => {
  if (!base) {
    return pattern;
  }
  const isNegative = isNegativePattern(pattern);
  const cleanPattern = isNegative ? pattern.slice(1) : pattern;
  const slashIndex = cleanPattern.indexOf("/");
  const hasNonTrailingSlash = slashIndex !== -1 && slashIndex !== cleanPattern.length - 1;
  let result;
  if (!hasNonTrailingSlash) {
    result = path3.posix.join(base, "**", cleanPattern);
  } else if (cleanPattern.startsWith("/")) {
    result = path3.posix.join(base, cleanPattern.slice(1));
  } else {
    result = path3.posix.join(base, cleanPattern);
  }
  return isNegative ? "!" + result : result;
};
var parseIgnoreFile = (file, cwd) => {
  const base = slash(path3.relative(cwd, path3.dirname(file.filePath)));
  return readIgnoreFileLines(file.content).map((pattern) => applyBaseToPattern(pattern, base));
};
var toRelativePath = (fileOrDirectory, cwd) => {
  if (path3.isAbsolute(fileOrDirectory)) {
    const relativePath = path3.relative(cwd, fileOrDirectory);
    if (relativePath && !isPathInside(fileOrDirectory, cwd)) {
      return void 0;
    }
    return relativePath;
  }
  if (fileOrDirectory.startsWith("./")) {
    return fileOrDirectory.slice(2);
  }
  if (fileOrDirectory.startsWith("../")) {
    return void 0;
  }
  return fileOrDirectory;
};
var notIgnored = { ignored: false, unignored: false };
var createIgnoreMatcher = (patterns, cwd, baseDir) => {
  const ignores = (0, import_ignore2.default)().add(patterns);
  const resolvedCwd = path3.normalize(path3.resolve(cwd));
  const resolvedBaseDir = path3.normalize(path3.resolve(baseDir));
  return (fileOrDirectory) => {
    fileOrDirectory = toPath(fileOrDirectory);
    const hasTrailingSeparator = /[/\\]$/.test(fileOrDirectory);
    const normalizedPath = path3.normalize(path3.resolve(fileOrDirectory));
    if (normalizedPath === resolvedCwd) {
      return notIgnored;
    }
    let relativePath = toRelativePath(fileOrDirectory, resolvedBaseDir);
    if (relativePath === void 0) {
      return notIgnored;
    }
    if (!relativePath) {
      return notIgnored;
    }
    if (hasTrailingSeparator && !relativePath.endsWith(path3.sep)) {
      relativePath += path3.sep;
    }
    return ignores.test(slash(relativePath));
  };
};
var normalizeOptions = (options = {}) => {
  const ignoreOption = options.ignore ? Array.isArray(options.ignore) ? options.ignore : [options.ignore] : [];
  const cwd = toPath(options.cwd) ?? process2.cwd();
  const deep = typeof options.deep === "number" ? Math.max(0, options.deep) + 1 : Number.POSITIVE_INFINITY;
  return {
    cwd,
    suppressErrors: options.suppressErrors ?? false,
    deep,
    ignore: [...ignoreOption, ...defaultIgnoredDirectories],
    followSymbolicLinks: options.followSymbolicLinks ?? true,
    concurrency: options.concurrency,
    throwErrorOnBrokenSymbolicLink: options.throwErrorOnBrokenSymbolicLink ?? false,
    fs: options.fs
  };
};
var unescapeGitQuotedValue = (value) => value.replaceAll(/\\(["\\abfnrtv])/g, (_match, escapedCharacter) => {
  switch (escapedCharacter) {
    case "a": {
      return "\x07";
    }
    case "b": {
      return "\b";
    }
    case "f": {
      return "\f";
    }
    case "n": {
      return "\n";
    }
    case "r": {
      return "\r";
    }
    case "t": {
      return "	";
    }
    case "v": {
      return "\v";
    }
    default: {
      return escapedCharacter;
    }
  }
});
var parseGitConfigValue = (value) => {
  const trimmedValue = value.trim();
  const quotedMatch = trimmedValue.match(/^"((?:[^"\\]|\\.)*)"\s*(?:[#;].*)?$/);
  if (quotedMatch) {
    return unescapeGitQuotedValue(quotedMatch[1]);
  }
  return trimmedValue.replace(/\s[#;].*$/, "").trim();
};
var resolveConfigPath = (filePath, configPath) => {
  if (configPath.startsWith("~/")) {
    const homeDirectory = os.homedir();
    const resolved = path3.join(homeDirectory, configPath.slice(2));
    if (!isPathInside(resolved, homeDirectory)) {
      return path3.join(homeDirectory, ".globby-invalid-path-traversal");
    }
    return resolved;
  }
  if (path3.isAbsolute(configPath)) {
    return configPath;
  }
  return path3.resolve(path3.dirname(filePath), configPath);
};
var parseGitConfigSection = (line) => {
  if (!line.startsWith("[")) {
    return void 0;
  }
  let inQuotes = false;
  let isEscaped = false;
  for (let index = 1; index < line.length; index++) {
    const character = line[index];
    if (isEscaped) {
      isEscaped = false;
      continue;
    }
    if (character === "\\") {
      isEscaped = true;
      continue;
    }
    if (character === '"') {
      inQuotes = !inQuotes;
      continue;
    }
    if (character === "]" && !inQuotes) {
      const remainder = line.slice(index + 1).trimStart();
      if (remainder && !remainder.startsWith("#") && !remainder.startsWith(";")) {
        return void 0;
      }
      return line.slice(1, index).trim();
    }
  }
  return void 0;
};
var parseGitConfigEntry = (line) => {
  const match = line.match(/^([A-Za-z\d-.]+)\s*=\s*(.*)$/);
  if (!match) {
    return void 0;
  }
  return {
    key: match[1].toLowerCase(),
    value: parseGitConfigValue(match[2])
  };
};
var parseIncludeIfCondition = (section) => {
  if (!section) {
    return void 0;
  }
  const match = section.match(/^includeif\s+"([^"]+)"$/i);
  return match ? match[1] : void 0;
};
var normalizeGitConfigConditionPattern = (pattern, configFilePath) => {
  if (pattern.startsWith("~/")) {
    pattern = path3.join(os.homedir(), pattern.slice(2));
  } else if (pattern.startsWith("./")) {
    pattern = path3.resolve(path3.dirname(configFilePath), pattern.slice(2));
  } else if (!path3.isAbsolute(pattern)) {
    pattern = `**/${pattern}`;
  }
  if (pattern.endsWith("/")) {
    pattern += "**";
  }
  return slash(pattern);
};
var gitConfigGlobToRegex = (pattern, flags) => {
  let regex = "";
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index];
    const nextCharacter = pattern[index + 1];
    const nextNextCharacter = pattern[index + 2];
    if (character === "*" && nextCharacter === "*" && nextNextCharacter === "/") {
      regex += "(?:.*/)?";
      index += 2;
      continue;
    }
    if (character === "*" && nextCharacter === "*") {
      regex += ".*";
      index += 1;
      continue;
    }
    if (character === "*") {
      regex += "[^/]*";
      continue;
    }
    if (character === "?") {
      regex += "[^/]";
      continue;
    }
    if (character === "[") {
      const closingBracketIndex = pattern.indexOf("]", index + 1);
      if (closingBracketIndex !== -1) {
        const bracketContent = pattern.slice(index + 1, closingBracketIndex);
        if (bracketContent) {
          const negatedBracketContent = bracketContent[0] === "!" ? `^${bracketContent.slice(1)}` : bracketContent;
          regex += `[${negatedBracketContent}]`;
          index = closingBracketIndex;
          continue;
        }
      }
    }
    regex += /[|\\{}()[\]^$+?.]/.test(character) ? `\\${character}` : character;
  }
  try {
    return new RegExp(`^${regex}$`, flags);
  } catch {
    return /(?!)/;
  }
};
var matchesIncludeIfCondition = (condition, gitDirectory, configFilePath) => {
  if (!gitDirectory) {
    return false;
  }
  const match = condition.match(/^(gitdir|gitdir\/i):(.*)$/i);
  if (!match) {
    return false;
  }
  const [, keyword, rawPattern] = match;
  const pattern = normalizeGitConfigConditionPattern(rawPattern.trim(), configFilePath);
  const isCaseInsensitive = keyword.toLowerCase() === "gitdir/i";
  const regularExpression = gitConfigGlobToRegex(pattern, isCaseInsensitive ? "i" : void 0);
  const normalizedGitDirectory = slash(path3.resolve(gitDirectory));
  return regularExpression.test(normalizedGitDirectory);
};
var shouldIncludeConfigSection = (section, gitDirectory, configFilePath) => {
  if (section?.toLowerCase() === "include") {
    return true;
  }
  const condition = parseIncludeIfCondition(section);
  return condition ? matchesIncludeIfCondition(condition, gitDirectory, configFilePath) : false;
};
var createExcludesFileValue = (value, declaringFilePath) => ({
  value,
  declaringFilePath
});
var parseGitConfigForExcludesFile = (content, normalizedPath, gitDirectory) => {
  let currentSection;
  let excludesFile;
  const includePaths = [];
  for (const line of content.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith("#") || trimmed.startsWith(";")) {
      continue;
    }
    if (trimmed.startsWith("[")) {
      currentSection = parseGitConfigSection(trimmed);
      continue;
    }
    const entry = parseGitConfigEntry(trimmed);
    if (!entry) {
      continue;
    }
    if (currentSection?.toLowerCase() === "core" && entry.key === "excludesfile") {
      excludesFile = createExcludesFileValue(entry.value, normalizedPath);
      continue;
    }
    if (shouldIncludeConfigSection(currentSection, gitDirectory, normalizedPath) && entry.key === "path" && entry.value) {
      includePaths.push(resolveConfigPath(normalizedPath, entry.value));
    }
  }
  return { excludesFile, includePaths };
};
var readGitConfigFile = (normalizedPath, readMethod, suppressErrors) => {
  try {
    return readMethod(normalizedPath, "utf8");
  } catch (error) {
    if (shouldSkipIgnoreFileError(error, suppressErrors)) {
      return void 0;
    }
    throw createGitConfigReadError(normalizedPath, error);
  }
};
var getExcludesFileFromGitConfigSync = (filePath, readFileSync4, gitDirectory, options = {}) => {
  const { suppressErrors, includeStack = /* @__PURE__ */ new Set(), depth = 0 } = options;
  const normalizedPath = path3.resolve(filePath);
  if (includeStack.has(normalizedPath)) {
    return void 0;
  }
  if (depth >= MAX_INCLUDE_DEPTH) {
    return void 0;
  }
  includeStack.add(normalizedPath);
  const content = readGitConfigFile(normalizedPath, readFileSync4, suppressErrors);
  if (content === void 0) {
    includeStack.delete(normalizedPath);
    return void 0;
  }
  let { excludesFile, includePaths } = parseGitConfigForExcludesFile(content, normalizedPath, gitDirectory);
  for (const includePath of includePaths) {
    const includedExcludesFile = getExcludesFileFromGitConfigSync(includePath, readFileSync4, gitDirectory, { suppressErrors, includeStack, depth: depth + 1 });
    if (includedExcludesFile !== void 0) {
      excludesFile = includedExcludesFile;
    }
  }
  includeStack.delete(normalizedPath);
  return excludesFile;
};
var getExcludesFileFromGitConfigAsync = async (filePath, readFile, gitDirectory, options = {}) => {
  const { suppressErrors, includeStack = /* @__PURE__ */ new Set(), depth = 0 } = options;
  const normalizedPath = path3.resolve(filePath);
  if (includeStack.has(normalizedPath)) {
    return void 0;
  }
  if (depth >= MAX_INCLUDE_DEPTH) {
    return void 0;
  }
  includeStack.add(normalizedPath);
  let content;
  try {
    content = await readFile(normalizedPath, "utf8");
  } catch (error) {
    includeStack.delete(normalizedPath);
    if (shouldSkipIgnoreFileError(error, suppressErrors)) {
      return void 0;
    }
    throw createGitConfigReadError(normalizedPath, error);
  }
  let { excludesFile, includePaths } = parseGitConfigForExcludesFile(content, normalizedPath, gitDirectory);
  for (const includePath of includePaths) {
    const includedExcludesFile = await getExcludesFileFromGitConfigAsync(includePath, readFile, gitDirectory, { suppressErrors, includeStack, depth: depth + 1 });
    if (includedExcludesFile !== void 0) {
      excludesFile = includedExcludesFile;
    }
  }
  includeStack.delete(normalizedPath);
  return excludesFile;
};
var resolveGitDirectoryFromFile = (gitFilePath, content) => {
  const match = content.match(/^gitdir:\s*(.+?)\s*$/i);
  if (!match) {
    return gitFilePath;
  }
  return path3.resolve(path3.dirname(gitFilePath), match[1]);
};
var getGitDirectorySync = (gitRoot, readFileSync4) => {
  if (!gitRoot) {
    return void 0;
  }
  const gitFilePath = path3.join(gitRoot, ".git");
  try {
    return resolveGitDirectoryFromFile(gitFilePath, readFileSync4(gitFilePath, "utf8"));
  } catch {
    return gitFilePath;
  }
};
var getGitDirectoryAsync = async (gitRoot, readFile) => {
  if (!gitRoot) {
    return void 0;
  }
  const gitFilePath = path3.join(gitRoot, ".git");
  try {
    return resolveGitDirectoryFromFile(gitFilePath, await readFile(gitFilePath, "utf8"));
  } catch {
    return gitFilePath;
  }
};
var getXdgConfigHome = () => process2.env.XDG_CONFIG_HOME || path3.join(os.homedir(), ".config");
var getGitConfigPaths = () => {
  if ("GIT_CONFIG_GLOBAL" in process2.env) {
    const value = process2.env.GIT_CONFIG_GLOBAL;
    return value ? [value] : [];
  }
  return [
    path3.join(getXdgConfigHome(), "git", "config"),
    path3.join(os.homedir(), ".gitconfig")
  ];
};
var getDefaultGlobalGitignorePath = () => path3.join(getXdgConfigHome(), "git", "ignore");
var resolveExcludesFilePath = (excludesFileConfig) => {
  if (excludesFileConfig?.value === "") {
    return void 0;
  }
  if (excludesFileConfig === void 0) {
    return getDefaultGlobalGitignorePath();
  }
  return resolveConfigPath(excludesFileConfig.declaringFilePath, excludesFileConfig.value);
};
var readGlobalGitignoreContent = (filePath, readMethod, suppressErrors) => {
  try {
    const content = readMethod(filePath, "utf8");
    return { filePath, content };
  } catch (error) {
    if (shouldSkipIgnoreFileError(error, suppressErrors)) {
      return void 0;
    }
    throw createIgnoreFileReadError(filePath, error);
  }
};
var getGlobalGitignoreFile = (options = {}) => {
  const cwd = toPath(options.cwd) ?? process2.cwd();
  const readFileSync4 = getReadFileSyncMethod(options.fs);
  const gitRoot = findGitRootSync(cwd, options.fs);
  const gitDirectory = getGitDirectorySync(gitRoot, readFileSync4);
  let excludesFileConfig;
  for (const gitConfigPath of getGitConfigPaths()) {
    const value = getExcludesFileFromGitConfigSync(gitConfigPath, readFileSync4, gitDirectory, { suppressErrors: options.suppressErrors });
    if (value !== void 0) {
      excludesFileConfig = value;
    }
  }
  const filePath = resolveExcludesFilePath(excludesFileConfig);
  return filePath === void 0 ? void 0 : readGlobalGitignoreContent(filePath, readFileSync4, options.suppressErrors);
};
var getGlobalGitignoreFileAsync = async (options = {}) => {
  const cwd = toPath(options.cwd) ?? process2.cwd();
  const readFile = getReadFileMethod(options.fs);
  const gitRoot = await findGitRoot(cwd, options.fs);
  const gitDirectory = await getGitDirectoryAsync(gitRoot, readFile);
  const excludesFileValues = await Promise.all(getGitConfigPaths().map((gitConfigPath) => getExcludesFileFromGitConfigAsync(
    gitConfigPath,
    readFile,
    gitDirectory,
    { suppressErrors: options.suppressErrors }
  )));
  const excludesFileConfig = excludesFileValues.findLast((value) => value !== void 0);
  const filePath = resolveExcludesFilePath(excludesFileConfig);
  if (filePath === void 0) {
    return void 0;
  }
  try {
    const content = await readFile(filePath, "utf8");
    return { filePath, content };
  } catch (error) {
    if (shouldSkipIgnoreFileError(error, options.suppressErrors)) {
      return void 0;
    }
    throw createIgnoreFileReadError(filePath, error);
  }
};
var buildGlobalMatcher = (globalIgnoreFile, cwd, rootDirectory = cwd) => {
  const patterns = parseIgnoreFile(globalIgnoreFile, path3.dirname(globalIgnoreFile.filePath));
  return createIgnoreMatcher(patterns, cwd, rootDirectory);
};
var getKnownIgnoreFilePaths = (patterns, normalizedOptions, gitRoot) => {
  const searchPatterns = [patterns].flat();
  const isGitignoreSearch = searchPatterns.includes(GITIGNORE_FILES_PATTERN);
  if (!isGitignoreSearch) {
    return [];
  }
  return gitRoot ? getParentGitignorePaths(gitRoot, normalizedOptions.cwd) : [path3.join(normalizedOptions.cwd, ".gitignore")];
};
var getKnownIgnoreFileSearchOptions = (patterns, normalizedOptions) => ({
  ...normalizedOptions,
  ignore: [
    ...normalizedOptions.ignore,
    // Keep negative search patterns active when the known candidates are matched independently.
    ...[patterns].flat().filter((pattern) => isNegativePattern(pattern)).map((pattern) => pattern.slice(1))
  ]
});
var getKnownIgnoreFilePattern = (filePath, cwd) => {
  const pattern = isPathInside(filePath, cwd) ? path3.relative(cwd, filePath) : filePath;
  return import_fast_glob2.default.convertPathToPattern(pattern);
};
var getMatchingKnownIgnoreFilePaths = (knownPaths, matchingPaths) => {
  const matchingPathSet = new Set(matchingPaths.map((filePath) => path3.resolve(filePath)));
  return knownPaths.filter((filePath) => matchingPathSet.has(path3.resolve(filePath)));
};
var globKnownIgnoreFilePaths = (globFunction, knownPaths, patterns, normalizedOptions) => {
  if (knownPaths.length === 0) {
    return [];
  }
  return globIgnoreFiles(
    globFunction,
    knownPaths.map((filePath) => getKnownIgnoreFilePattern(filePath, normalizedOptions.cwd)),
    getKnownIgnoreFileSearchOptions(patterns, normalizedOptions)
  );
};
var filterKnownIgnoreFilePathsAsync = async (knownPaths, patterns, normalizedOptions) => {
  const matchingPaths = await globKnownIgnoreFilePaths(import_fast_glob2.default, knownPaths, patterns, normalizedOptions);
  return getMatchingKnownIgnoreFilePaths(knownPaths, matchingPaths);
};
var filterKnownIgnoreFilePathsSync = (knownPaths, patterns, normalizedOptions) => {
  const matchingPaths = globKnownIgnoreFilePaths(import_fast_glob2.default.sync, knownPaths, patterns, normalizedOptions);
  return getMatchingKnownIgnoreFilePaths(knownPaths, matchingPaths);
};
var getIgnoreFileSearchPrune = (searchPatterns, files, normalizedOptions, gitRoot) => {
  if (files.length === 0) {
    return { patterns: [], guardNames: [] };
  }
  const { cwd } = normalizedOptions;
  const baseDir = gitRoot || cwd;
  const ignorePatterns = getPatternsFromIgnoreFiles(files, baseDir);
  const matcher = createIgnoreMatcher(ignorePatterns, cwd, baseDir);
  const searchPatternsArray = [searchPatterns].flat();
  const gitignoreOnlySearch = searchPatternsArray.every((pattern) => pattern === GITIGNORE_FILES_PATTERN);
  const searchesForGitignoreFiles = searchPatternsArray.includes(GITIGNORE_FILES_PATTERN);
  return buildPrunePatternsAndGuards(getIgnoreRules(files), matcher, cwd, { gitignoreOnlySearch, searchesForGitignoreFiles });
};
var withPrunedSearch = (normalizedOptions, prunePatterns) => prunePatterns.length === 0 ? normalizedOptions : { ...normalizedOptions, ignore: [...normalizedOptions.ignore, ...prunePatterns] };
var getUnreadPaths = (childPaths, knownPaths) => {
  const alreadyRead = new Set(knownPaths.map((filePath) => path3.resolve(filePath)));
  return dedupePaths(childPaths).filter((filePath) => !alreadyRead.has(path3.resolve(filePath)));
};
var collectIgnoreFileArtifactsAsync = async (patterns, options, includeParentIgnoreFiles) => {
  const normalizedOptions = normalizeOptions(options);
  const readFileMethod = getReadFileMethod(normalizedOptions.fs);
  const gitRoot = includeParentIgnoreFiles ? await findGitRoot(normalizedOptions.cwd, normalizedOptions.fs) : void 0;
  const knownPaths = await filterKnownIgnoreFilePathsAsync(
    getKnownIgnoreFilePaths(patterns, normalizedOptions, gitRoot),
    patterns,
    normalizedOptions
  );
  const knownFiles = await readIgnoreFilesSafely(knownPaths, readFileMethod, normalizedOptions.suppressErrors);
  const { patterns: prunePatterns, guardNames } = getIgnoreFileSearchPrune(patterns, knownFiles, normalizedOptions, gitRoot);
  const childPaths = await globIgnoreFiles(import_fast_glob2.default, patterns, withPrunedSearch(normalizedOptions, prunePatterns));
  let childFiles = await readIgnoreFilesSafely(getUnreadPaths(childPaths, knownPaths), readFileMethod, normalizedOptions.suppressErrors);
  if (negationsCouldRescue(getIgnoreRules(childFiles), guardNames)) {
    const allPaths = await globIgnoreFiles(import_fast_glob2.default, patterns, normalizedOptions);
    childFiles = await readIgnoreFilesSafely(getUnreadPaths(allPaths, knownPaths), readFileMethod, normalizedOptions.suppressErrors);
  }
  return { files: [...knownFiles, ...childFiles], normalizedOptions, gitRoot };
};
var collectIgnoreFileArtifactsSync = (patterns, options, includeParentIgnoreFiles) => {
  const normalizedOptions = normalizeOptions(options);
  const readFileSyncMethod = getReadFileSyncMethod(normalizedOptions.fs);
  const gitRoot = includeParentIgnoreFiles ? findGitRootSync(normalizedOptions.cwd, normalizedOptions.fs) : void 0;
  const knownPaths = filterKnownIgnoreFilePathsSync(
    getKnownIgnoreFilePaths(patterns, normalizedOptions, gitRoot),
    patterns,
    normalizedOptions
  );
  const knownFiles = readIgnoreFilesSafelySync(knownPaths, readFileSyncMethod, normalizedOptions.suppressErrors);
  const { patterns: prunePatterns, guardNames } = getIgnoreFileSearchPrune(patterns, knownFiles, normalizedOptions, gitRoot);
  const childPaths = globIgnoreFiles(import_fast_glob2.default.sync, patterns, withPrunedSearch(normalizedOptions, prunePatterns));
  let childFiles = readIgnoreFilesSafelySync(getUnreadPaths(childPaths, knownPaths), readFileSyncMethod, normalizedOptions.suppressErrors);
  if (negationsCouldRescue(getIgnoreRules(childFiles), guardNames)) {
    const allPaths = globIgnoreFiles(import_fast_glob2.default.sync, patterns, normalizedOptions);
    childFiles = readIgnoreFilesSafelySync(getUnreadPaths(allPaths, knownPaths), readFileSyncMethod, normalizedOptions.suppressErrors);
  }
  return { files: [...knownFiles, ...childFiles], normalizedOptions, gitRoot };
};
var getPatternsFromIgnoreFiles = (files, baseDir) => files.flatMap((file) => parseIgnoreFile(file, baseDir));
var getIgnorePatternsAndPredicate = async (patterns, options, includeParentIgnoreFiles = false) => {
  const { files, normalizedOptions, gitRoot } = await collectIgnoreFileArtifactsAsync(
    patterns,
    options,
    includeParentIgnoreFiles
  );
  return buildIgnoreResult(files, normalizedOptions, gitRoot);
};
var getIgnorePatternsAndPredicateSync = (patterns, options, includeParentIgnoreFiles = false) => {
  const { files, normalizedOptions, gitRoot } = collectIgnoreFileArtifactsSync(
    patterns,
    options,
    includeParentIgnoreFiles
  );
  return buildIgnoreResult(files, normalizedOptions, gitRoot);
};

// node_modules/globby/index.js
var assertPatternsInput = (patterns) => {
  if (patterns.some((pattern) => typeof pattern !== "string")) {
    throw new TypeError("Patterns must be a string or an array of strings");
  }
};
var getStatMethod = (fsImplementation) => {
  if (fsImplementation) {
    return bindFsMethod(fsImplementation.promises, "stat") ?? promisifyFsMethod(fsImplementation, "stat");
  }
  return bindFsMethod(fs3.promises, "stat");
};
var getStatSyncMethod2 = (fsImplementation) => bindFsMethod(fsImplementation, "statSync") ?? bindFsMethod(fs3, "statSync");
var isDirectory = async (path9, fsImplementation) => {
  try {
    const stats = await getStatMethod(fsImplementation)(path9);
    return stats.isDirectory();
  } catch {
    return false;
  }
};
var isDirectorySync = (path9, fsImplementation) => {
  try {
    const stats = getStatSyncMethod2(fsImplementation)(path9);
    return stats.isDirectory();
  } catch {
    return false;
  }
};
var normalizePathForDirectoryGlob = (filePath, cwd) => {
  const path9 = isNegativePattern(filePath) ? filePath.slice(1) : filePath;
  return nodePath.isAbsolute(path9) ? path9 : nodePath.join(cwd, path9);
};
var shouldExpandGlobstarDirectory = (pattern) => {
  const match = pattern?.match(/\*\*\/([^/]+)$/);
  if (!match) {
    return false;
  }
  const dirname = match[1];
  const hasWildcards = /[*?[\]{}]/.test(dirname);
  const hasExtension = nodePath.extname(dirname) && !dirname.startsWith(".");
  return !hasWildcards && !hasExtension;
};
var getDirectoryGlob = ({ directoryPath, files, extensions }) => {
  const extensionGlob = extensions?.length > 0 ? `.${extensions.length > 1 ? `{${extensions.join(",")}}` : extensions[0]}` : "";
  return files ? files.map((file) => nodePath.posix.join(directoryPath, `**/${nodePath.extname(file) ? file : `${file}${extensionGlob}`}`)) : [nodePath.posix.join(directoryPath, `**${extensionGlob ? `/*${extensionGlob}` : ""}`)];
};
var directoryToGlob = async (directoryPaths, {
  cwd = process3.cwd(),
  files,
  extensions,
  fs: fsImplementation
} = {}) => {
  const globs = await Promise.all(directoryPaths.map(async (directoryPath) => {
    const checkPattern = isNegativePattern(directoryPath) ? directoryPath.slice(1) : directoryPath;
    if (shouldExpandGlobstarDirectory(checkPattern)) {
      return getDirectoryGlob({ directoryPath, files, extensions });
    }
    const pathToCheck = normalizePathForDirectoryGlob(directoryPath, cwd);
    return await isDirectory(pathToCheck, fsImplementation) ? getDirectoryGlob({ directoryPath, files, extensions }) : directoryPath;
  }));
  return globs.flat();
};
var directoryToGlobSync = (directoryPaths, {
  cwd = process3.cwd(),
  files,
  extensions,
  fs: fsImplementation
} = {}) => directoryPaths.flatMap((directoryPath) => {
  const checkPattern = isNegativePattern(directoryPath) ? directoryPath.slice(1) : directoryPath;
  if (shouldExpandGlobstarDirectory(checkPattern)) {
    return getDirectoryGlob({ directoryPath, files, extensions });
  }
  const pathToCheck = normalizePathForDirectoryGlob(directoryPath, cwd);
  return isDirectorySync(pathToCheck, fsImplementation) ? getDirectoryGlob({ directoryPath, files, extensions }) : directoryPath;
});
var toPatternsArray = (patterns) => {
  patterns = [...new Set([patterns].flat())];
  assertPatternsInput(patterns);
  return patterns;
};
var checkCwdOption = (cwd, fsImplementation = fs3) => {
  if (!cwd || !fsImplementation.statSync) {
    return;
  }
  let stats;
  try {
    stats = fsImplementation.statSync(cwd);
  } catch {
    return;
  }
  if (!stats.isDirectory()) {
    throw new Error(`The \`cwd\` option must be a path to a directory, got: ${cwd}`);
  }
};
var normalizeOptions2 = (options = {}) => {
  const ignore = options.ignore ? Array.isArray(options.ignore) ? options.ignore : [options.ignore] : [];
  options = {
    ...options,
    ignore,
    expandDirectories: options.expandDirectories ?? true,
    cwd: toPath(options.cwd)
  };
  checkCwdOption(options.cwd, options.fs);
  return options;
};
var normalizeArguments = (function_) => async (patterns, options) => function_(toPatternsArray(patterns), normalizeOptions2(options));
var normalizeArgumentsSync = (function_) => (patterns, options) => function_(toPatternsArray(patterns), normalizeOptions2(options));
var getIgnoreFilesPatterns = (options) => {
  const { ignoreFiles, gitignore } = options;
  const patterns = ignoreFiles ? toPatternsArray(ignoreFiles) : [];
  if (gitignore) {
    patterns.push(GITIGNORE_FILES_PATTERN);
  }
  return patterns;
};
var isPathIgnored = (matcher, globalMatcher, path9) => {
  const globalResult = globalMatcher ? globalMatcher(path9) : void 0;
  const result = matcher ? matcher(path9) : void 0;
  if (result?.unignored) {
    return false;
  }
  return Boolean(result?.ignored || globalResult?.ignored);
};
var hasIgnoredAncestorDirectory = (matcher, globalMatcher, file) => {
  let currentPath = file;
  while (true) {
    const parentDirectory = nodePath.dirname(currentPath);
    if (parentDirectory === currentPath) {
      return false;
    }
    if (isPathIgnored(matcher, globalMatcher, `${parentDirectory}${nodePath.sep}`)) {
      return true;
    }
    currentPath = parentDirectory;
  }
};
var combinePredicate = (matcher, globalMatcher) => {
  if (!matcher && !globalMatcher) {
    return false;
  }
  return (file) => {
    const result = matcher ? matcher(file) : void 0;
    if (result?.unignored) {
      const globalResult = globalMatcher ? globalMatcher(file) : void 0;
      return globalResult?.ignored && hasIgnoredAncestorDirectory(matcher, globalMatcher, file);
    }
    return isPathIgnored(matcher, globalMatcher, file);
  };
};
var buildIgnoreFilterResult = ({ options, cwd, ignoreResult: { rules, matcher }, globalMatcher, createFilter }) => {
  const finalPredicate = combinePredicate(matcher, globalMatcher);
  const pruneIgnorePatterns = convertPatternsForFastGlob(rules, matcher, cwd);
  return {
    options,
    pruneIgnorePatterns,
    filter: createFilter(finalPredicate, cwd, options.fs)
  };
};
var getIgnoreFileSearchOptions = (options, searchPatterns) => ({
  ...options,
  ignore: convertIgnorePatternsForIgnoreFileSearch(options.ignore, searchPatterns)
});
var applyIgnoreFilesAndGetFilter = async (options) => {
  const cwd = options.cwd ?? process3.cwd();
  const ignoreFilesPatterns = getIgnoreFilesPatterns(options);
  const globalIgnoreFile = options.globalGitignore ? await getGlobalGitignoreFileAsync(options) : void 0;
  if (ignoreFilesPatterns.length === 0 && !globalIgnoreFile) {
    return {
      options,
      pruneIgnorePatterns: [],
      filter: createFilterFunctionAsync(false, cwd, options.fs)
    };
  }
  const includeParentIgnoreFiles = options.gitignore === true;
  const ignoreResult = ignoreFilesPatterns.length > 0 ? await getIgnorePatternsAndPredicate(ignoreFilesPatterns, getIgnoreFileSearchOptions(options, ignoreFilesPatterns), includeParentIgnoreFiles) : { rules: [], matcher: false };
  const globalGitRoot = globalIgnoreFile ? await findGitRoot(cwd, options.fs) : void 0;
  const globalMatcher = globalIgnoreFile ? buildGlobalMatcher(globalIgnoreFile, cwd, globalGitRoot ?? cwd) : void 0;
  return buildIgnoreFilterResult({
    options,
    cwd,
    ignoreResult,
    globalMatcher,
    createFilter: createFilterFunctionAsync
  });
};
var applyIgnoreFilesAndGetFilterSync = (options) => {
  const cwd = options.cwd ?? process3.cwd();
  const ignoreFilesPatterns = getIgnoreFilesPatterns(options);
  const globalIgnoreFile = options.globalGitignore ? getGlobalGitignoreFile(options) : void 0;
  if (ignoreFilesPatterns.length === 0 && !globalIgnoreFile) {
    return {
      options,
      pruneIgnorePatterns: [],
      filter: createFilterFunction(false, cwd, options.fs)
    };
  }
  const includeParentIgnoreFiles = options.gitignore === true;
  const ignoreResult = ignoreFilesPatterns.length > 0 ? getIgnorePatternsAndPredicateSync(ignoreFilesPatterns, getIgnoreFileSearchOptions(options, ignoreFilesPatterns), includeParentIgnoreFiles) : { rules: [], matcher: false };
  const globalGitRoot = globalIgnoreFile ? findGitRootSync(cwd, options.fs) : void 0;
  const globalMatcher = globalIgnoreFile ? buildGlobalMatcher(globalIgnoreFile, cwd, globalGitRoot ?? cwd) : void 0;
  return buildIgnoreFilterResult({
    options,
    cwd,
    ignoreResult,
    globalMatcher,
    createFilter: createFilterFunction
  });
};
var assertGlobalGitignoreSyncSupport = (options) => {
  if (options.globalGitignore && options.fs && !options.fs.statSync) {
    throw new Error("The `globalGitignore` option in `globbySync()` requires `fs.statSync` when a custom `fs` is provided.");
  }
};
var globalGitignoreAsyncStatErrorMessage = "The `globalGitignore` option in `globby()` and `globbyStream()` requires `fs.promises.stat` or `fs.stat` when a custom `fs` is provided.";
var assertGlobalGitignoreAsyncSupport = (options) => {
  if (!options.globalGitignore || !options.fs) {
    return;
  }
  if (!options.fs.promises?.stat && !options.fs.stat) {
    throw new Error(globalGitignoreAsyncStatErrorMessage);
  }
};
var createPathResolver = (cwd) => {
  const basePath = cwd || process3.cwd();
  const pathCache = /* @__PURE__ */ new Map();
  return (pathKey) => {
    let absolutePath = pathCache.get(pathKey);
    if (absolutePath === void 0) {
      if (pathCache.size > 1e4) {
        pathCache.clear();
      }
      absolutePath = nodePath.isAbsolute(pathKey) ? pathKey : nodePath.resolve(basePath, pathKey);
      pathCache.set(pathKey, absolutePath);
    }
    return absolutePath;
  };
};
var createAsyncDirectoryCheck = (fsMethod) => {
  const directoryCache = /* @__PURE__ */ new Map();
  return async (absolutePath) => {
    let isDirectory2 = directoryCache.get(absolutePath);
    if (isDirectory2 !== void 0) {
      return isDirectory2;
    }
    try {
      const stats = await fsMethod?.(absolutePath);
      isDirectory2 = Boolean(stats?.isDirectory());
    } catch {
      isDirectory2 = false;
    }
    if (directoryCache.size > 1e4) {
      directoryCache.clear();
    }
    directoryCache.set(absolutePath, isDirectory2);
    return isDirectory2;
  };
};
var createDirectoryCheck = (fsMethod) => {
  const directoryCache = /* @__PURE__ */ new Map();
  return (absolutePath) => {
    let isDirectory2 = directoryCache.get(absolutePath);
    if (isDirectory2 !== void 0) {
      return isDirectory2;
    }
    try {
      isDirectory2 = Boolean(fsMethod?.(absolutePath)?.isDirectory());
    } catch {
      isDirectory2 = false;
    }
    if (directoryCache.size > 1e4) {
      directoryCache.clear();
    }
    directoryCache.set(absolutePath, isDirectory2);
    return isDirectory2;
  };
};
var createFilterFunctionAsync = (isIgnored, cwd, fsImplementation) => {
  const resolveAbsolutePath = createPathResolver(cwd);
  const isDirectoryEntry = createAsyncDirectoryCheck(getStatMethod(fsImplementation));
  return async (fastGlobResult) => {
    if (!isIgnored) {
      return true;
    }
    const absolutePath = resolveAbsolutePath(nodePath.normalize(fastGlobResult.path ?? fastGlobResult));
    if (isIgnored(absolutePath)) {
      return false;
    }
    return !(await isDirectoryEntry(absolutePath) && isIgnored(`${absolutePath}${nodePath.sep}`));
  };
};
var createFilterFunction = (isIgnored, cwd, fsImplementation) => {
  const seen = /* @__PURE__ */ new Set();
  const resolveAbsolutePath = createPathResolver(cwd);
  const isDirectoryEntry = createDirectoryCheck(getStatSyncMethod2(fsImplementation));
  return (fastGlobResult) => {
    const pathKey = nodePath.normalize(fastGlobResult.path ?? fastGlobResult);
    if (seen.has(pathKey)) {
      return false;
    }
    if (isIgnored) {
      const absolutePath = resolveAbsolutePath(pathKey);
      if (isIgnored(absolutePath)) {
        return false;
      }
      if (isDirectoryEntry(absolutePath) && isIgnored(`${absolutePath}${nodePath.sep}`)) {
        return false;
      }
    }
    seen.add(pathKey);
    return true;
  };
};
var unionFastGlobResults = (results, filter) => results.flat().filter((fastGlobResult) => filter(fastGlobResult));
var unionFastGlobResultsAsync = async (results, filter) => {
  results = results.flat();
  const matches = await Promise.all(results.map((fastGlobResult) => filter(fastGlobResult)));
  const seen = /* @__PURE__ */ new Set();
  return results.filter((fastGlobResult, index) => {
    if (!matches[index]) {
      return false;
    }
    const pathKey = nodePath.normalize(fastGlobResult.path ?? fastGlobResult);
    if (seen.has(pathKey)) {
      return false;
    }
    seen.add(pathKey);
    return true;
  });
};
var convertNegativePatterns = (patterns, options) => {
  if (patterns.length > 0 && patterns.every((pattern) => isNegativePattern(pattern))) {
    if (options.expandNegationOnlyPatterns === false) {
      return [];
    }
    patterns = ["**/*", ...patterns];
  }
  const positiveAbsolutePathPrefixes = [];
  let hasRelativePositivePattern = false;
  const normalizedPatterns = [];
  for (const pattern of patterns) {
    if (isNegativePattern(pattern)) {
      normalizedPatterns.push(`!${normalizeNegativePattern(pattern.slice(1), positiveAbsolutePathPrefixes, hasRelativePositivePattern)}`);
      continue;
    }
    normalizedPatterns.push(pattern);
    const staticAbsolutePathPrefix = getStaticAbsolutePathPrefix(pattern);
    if (staticAbsolutePathPrefix === void 0) {
      hasRelativePositivePattern = true;
      continue;
    }
    positiveAbsolutePathPrefixes.push(staticAbsolutePathPrefix);
  }
  patterns = normalizedPatterns;
  const tasks = [];
  while (patterns.length > 0) {
    const index = patterns.findIndex((pattern) => isNegativePattern(pattern));
    if (index === -1) {
      tasks.push({ patterns, options });
      break;
    }
    const ignorePattern = patterns[index].slice(1);
    for (const task of tasks) {
      task.options.ignore.push(ignorePattern);
    }
    if (index !== 0) {
      tasks.push({
        patterns: patterns.slice(0, index),
        options: {
          ...options,
          ignore: [
            ...options.ignore,
            ignorePattern
          ]
        }
      });
    }
    patterns = patterns.slice(index + 1);
  }
  return tasks;
};
var applyParentDirectoryIgnoreAdjustments = (tasks) => tasks.map((task) => ({
  patterns: task.patterns,
  options: {
    ...task.options,
    ignore: adjustIgnorePatternsForParentDirectories(task.patterns, task.options.ignore)
  }
}));
var appendPruneIgnorePatterns = (tasks, pruneIgnorePatterns) => pruneIgnorePatterns.length === 0 ? tasks : tasks.map((task) => ({
  patterns: task.patterns,
  options: {
    ...task.options,
    ignore: [...task.options.ignore, ...pruneIgnorePatterns]
  }
}));
var normalizeExpandDirectoriesOption = (options, cwd) => ({
  ...cwd ? { cwd } : {},
  ...Array.isArray(options) ? { files: options } : options
});
var generateTasks = async (patterns, options, pruneIgnorePatterns = []) => {
  const globTasks = convertNegativePatterns(patterns, options);
  const { cwd, expandDirectories, fs: fsImplementation } = options;
  if (!expandDirectories) {
    return appendPruneIgnorePatterns(applyParentDirectoryIgnoreAdjustments(globTasks), pruneIgnorePatterns);
  }
  const directoryToGlobOptions = {
    ...normalizeExpandDirectoriesOption(expandDirectories, cwd),
    fs: fsImplementation
  };
  const tasks = await Promise.all(globTasks.map(async (task) => {
    let { patterns: patterns2, options: options2 } = task;
    [
      patterns2,
      options2.ignore
    ] = await Promise.all([
      directoryToGlob(patterns2, directoryToGlobOptions),
      directoryToGlob(options2.ignore, { cwd, fs: fsImplementation })
    ]);
    options2.ignore = adjustIgnorePatternsForParentDirectories(patterns2, options2.ignore);
    return { patterns: patterns2, options: options2 };
  }));
  return appendPruneIgnorePatterns(tasks, pruneIgnorePatterns);
};
var generateTasksSync = (patterns, options, pruneIgnorePatterns = []) => {
  const globTasks = convertNegativePatterns(patterns, options);
  const { cwd, expandDirectories, fs: fsImplementation } = options;
  if (!expandDirectories) {
    return appendPruneIgnorePatterns(applyParentDirectoryIgnoreAdjustments(globTasks), pruneIgnorePatterns);
  }
  const directoryToGlobSyncOptions = {
    ...normalizeExpandDirectoriesOption(expandDirectories, cwd),
    fs: fsImplementation
  };
  const tasks = globTasks.map((task) => {
    let { patterns: patterns2, options: options2 } = task;
    patterns2 = directoryToGlobSync(patterns2, directoryToGlobSyncOptions);
    options2.ignore = directoryToGlobSync(options2.ignore, { cwd, fs: fsImplementation });
    options2.ignore = adjustIgnorePatternsForParentDirectories(patterns2, options2.ignore);
    return { patterns: patterns2, options: options2 };
  });
  return appendPruneIgnorePatterns(tasks, pruneIgnorePatterns);
};
var globby = normalizeArguments(async (patterns, options) => {
  assertGlobalGitignoreAsyncSupport(options);
  const { options: modifiedOptions, pruneIgnorePatterns, filter } = await applyIgnoreFilesAndGetFilter(options);
  const tasks = await generateTasks(patterns, modifiedOptions, pruneIgnorePatterns);
  const results = await Promise.all(tasks.map((task) => (0, import_fast_glob3.default)(task.patterns, task.options)));
  return unionFastGlobResultsAsync(results, filter);
});
var globbySync = normalizeArgumentsSync((patterns, options) => {
  assertGlobalGitignoreSyncSupport(options);
  const { options: modifiedOptions, pruneIgnorePatterns, filter } = applyIgnoreFilesAndGetFilterSync(options);
  const tasks = generateTasksSync(patterns, modifiedOptions, pruneIgnorePatterns);
  const results = tasks.map((task) => import_fast_glob3.default.sync(task.patterns, task.options));
  return unionFastGlobResults(results, filter);
});
var globbyStream = normalizeArgumentsSync((patterns, options) => {
  assertGlobalGitignoreAsyncSupport(options);
  const seen = /* @__PURE__ */ new Set();
  const stream = Readable.from((async function* () {
    const { options: modifiedOptions, pruneIgnorePatterns, filter } = await applyIgnoreFilesAndGetFilter(options);
    const tasks = await generateTasks(patterns, modifiedOptions, pruneIgnorePatterns);
    if (tasks.length === 0) {
      return;
    }
    const streams = tasks.map((task) => import_fast_glob3.default.stream(task.patterns, task.options));
    for await (const fastGlobResult of mergeStreams(streams)) {
      const pathKey = nodePath.normalize(fastGlobResult.path ?? fastGlobResult);
      if (!seen.has(pathKey) && await filter(fastGlobResult)) {
        seen.add(pathKey);
        yield fastGlobResult;
      }
    }
  })());
  return stream;
});
var isDynamicPattern = normalizeArgumentsSync((patterns, options) => patterns.some((pattern) => import_fast_glob3.default.isDynamicPattern(pattern, options)));
var generateGlobTasks = normalizeArguments(generateTasks);
var generateGlobTasksSync = normalizeArgumentsSync(generateTasksSync);
var { convertPathToPattern } = import_fast_glob3.default;

// src/discover.ts
var DEFAULT_INCLUDE = ["**/*.hcl", "**/*.json", "**/*.yaml", "**/*.yml", "**/*.tf"];
var ALWAYS_IGNORE = ["**/node_modules/**", "**/.git/**", "**/.terraform/**", "**/.hg/**", "**/.svn/**"];
function toRel(base, abs) {
  const r = path4.relative(base, abs);
  return (r === "" ? "." : r).split(path4.sep).join("/");
}
async function discover(opts2) {
  const include = opts2.include && opts2.include.length > 0 ? opts2.include : DEFAULT_INCLUDE;
  const ignore = [...ALWAYS_IGNORE, ...opts2.exclude ?? []];
  const files = /* @__PURE__ */ new Map();
  const skipped = [];
  const missing = [];
  const base = opts2.cwd;
  let baseReal = base;
  try {
    baseReal = await realpath(base);
  } catch {
  }
  for (const given of opts2.paths.length > 0 ? opts2.paths : ["."]) {
    const abs = path4.resolve(base, given);
    let st;
    try {
      st = await stat(abs);
    } catch {
      missing.push(given);
      continue;
    }
    if (st.isFile()) {
      files.set(abs, { abs, rel: toRel(base, abs) });
      continue;
    }
    if (!st.isDirectory()) {
      skipped.push({ rel: toRel(base, abs), reason: "not a regular file" });
      continue;
    }
    const found = await globby(include, {
      cwd: abs,
      absolute: true,
      dot: true,
      gitignore: true,
      ignore,
      followSymbolicLinks: false,
      onlyFiles: false,
      suppressErrors: true,
      caseSensitiveMatch: false
    });
    for (const f of found) {
      const fAbs = path4.normalize(f);
      let lst;
      try {
        lst = await lstat(fAbs);
      } catch {
        skipped.push({ rel: toRel(base, fAbs), reason: "cannot be read" });
        continue;
      }
      if (lst.isDirectory()) {
        skipped.push({ rel: toRel(base, fAbs), reason: "a directory named like a config file" });
        continue;
      }
      if (lst.isSymbolicLink()) {
        let target;
        try {
          target = await realpath(fAbs);
        } catch {
          skipped.push({ rel: toRel(base, fAbs), reason: "broken symbolic link" });
          continue;
        }
        const inside = target === baseReal || target.startsWith(baseReal + path4.sep);
        if (!inside && !opts2.followExternalSymlinks) {
          skipped.push({ rel: toRel(base, fAbs), reason: "symbolic link to a path outside the linted directory" });
          continue;
        }
        let tst;
        try {
          tst = await stat(target);
        } catch {
          skipped.push({ rel: toRel(base, fAbs), reason: "broken symbolic link" });
          continue;
        }
        if (!tst.isFile()) {
          skipped.push({ rel: toRel(base, fAbs), reason: "symbolic link to a directory (not followed)" });
          continue;
        }
      } else if (!lst.isFile()) {
        skipped.push({ rel: toRel(base, fAbs), reason: "not a regular file" });
        continue;
      }
      files.set(fAbs, { abs: fAbs, rel: toRel(base, fAbs) });
    }
  }
  const sorted = [...files.values()].sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  skipped.sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  return { files: sorted, skipped, missing };
}

// src/context.ts
import { stat as stat2 } from "node:fs/promises";
import path6 from "node:path";

// src/engine/finding.ts
function compareLocations(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.range.end.line - b.range.end.line || a.range.end.column - b.range.end.column;
}
function compareFindings(a, b) {
  return compareLocations(a.location, b.location) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

// src/engine/run.ts
function effectiveSeverity(meta, opts2) {
  const override = opts2.severities?.get(meta.id);
  if (override) return override;
  if (opts2.phase === "enforce" && meta.enforceSeverity) return meta.enforceSeverity;
  return meta.defaultSeverity;
}
function runRules(rules, model, files, opts2) {
  const findings = [];
  const ruleErrors = [];
  const seen = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    const sev = effectiveSeverity(rule.meta, opts2);
    if (sev === "off") continue;
    const severity = sev;
    try {
      rule.check({
        model,
        files,
        phase: opts2.phase,
        today: opts2.today,
        report(d) {
          const f = {
            ruleId: rule.meta.id,
            severity,
            message: d.message,
            location: { file: d.at.file, range: d.at.range },
            related: (d.related ?? []).map((r) => ({ file: r.at.file, range: r.at.range, message: r.message })),
            subject: d.at.subject
          };
          const key = `${f.ruleId}\0${f.location.file}\0${f.location.range.start.offset}\0${f.location.range.end.offset}\0${f.message}`;
          if (seen.has(key)) return;
          seen.add(key);
          findings.push(f);
        }
      });
    } catch (err) {
      ruleErrors.push({ ruleId: rule.meta.id, message: err instanceof Error ? err.message : String(err) });
    }
  }
  findings.sort(compareFindings);
  return { findings, ruleErrors };
}

// src/model/mesh.ts
function serviceKey(scopeKey, namespace, name) {
  return `${scopeKey}\0${namespace}\0${name}`;
}
var MeshModel = class {
  constructor(entries, workloads = [], facts = /* @__PURE__ */ new Map()) {
    this.entries = entries;
    this.workloads = workloads;
    this.facts = facts;
    for (const e of entries) {
      const list2 = this.byKind.get(e.kind);
      if (list2) list2.push(e);
      else this.byKind.set(e.kind, [e]);
      this.scopeMap.set(e.scope.key, e.scope);
      if (!this.firstByIdentity.has(e.subject)) this.firstByIdentity.set(e.subject, e);
    }
    for (const w of workloads) this.scopeMap.set(w.scope.key, w.scope);
  }
  entries;
  workloads;
  facts;
  byKind = /* @__PURE__ */ new Map();
  scopeMap = /* @__PURE__ */ new Map();
  firstByIdentity = /* @__PURE__ */ new Map();
  /** Every partition scope that has an entry or workload, sorted. */
  scopes() {
    return [...this.scopeMap.values()].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  }
  entriesOf(kind) {
    return this.byKind.get(kind) ?? [];
  }
  factsOf(scope2) {
    return this.facts.get(scope2.key) ?? this.facts.get(scope2.partition) ?? this.facts.get("*") ?? {};
  }
  /** The mesh entry of a scope (Consul reads it from the default namespace of the partition). */
  meshOf(scope2) {
    return this.entriesOf("mesh").find((e) => e.scope.key === scope2.key);
  }
  proxyDefaultsOf(scope2) {
    return this.entriesOf("proxy-defaults").find((e) => e.scope.key === scope2.key && e.name === "global");
  }
  serviceDefaultsOf(scope2, namespace, name) {
    return this.entriesOf("service-defaults").find(
      (e) => e.scope.key === scope2.key && e.namespace === namespace && e.name === name
    );
  }
  /** Whether the live or repository mesh entry of a scope allows permissive mode. */
  meshAllowsPermissive(scope2) {
    const mesh = this.meshOf(scope2);
    if (mesh) return mesh.bool("AllowEnablingPermissiveMutualTLS") === true;
    return this.factsOf(scope2).meshAllowsPermissive === true;
  }
  /** Effective MutualTLSMode: the service-defaults value if non-empty, else the proxy-defaults value (§9). */
  effectiveMutualTLSMode(scope2, namespace, name) {
    return this.effective(scope2, namespace, name, "MutualTLSMode");
  }
  /** Effective proxy Mode from config entries (workload annotations are separate facts). */
  effectiveProxyMode(scope2, namespace, name) {
    return this.effective(scope2, namespace, name, "Mode");
  }
  /**
   * The protocol Consul's discovery chain resolves for a service (agent/consul/discoverychain
   * compile.go `recordServiceProtocol`): a service-defaults entry decides as soon as it
   * exists, even with Protocol empty (then `tcp`; Consul does not fall back to proxy-defaults,
   * hashicorp/consul#11457); else proxy-defaults `Config.protocol` (weakly decoded, key
   * matched case-insensitively); else `tcp`. Lower-cased. `source: 'default'` means the
   * repository holds neither entry, so the live cluster may still say otherwise.
   */
  resolvedProtocol(scope2, namespace, name) {
    const pd = this.proxyDefaultsOf(scope2);
    let fromPd;
    if (pd) {
      const config = pd.field("Config");
      const node = config?.value.node;
      const obj2 = node?.type === "array" && node.items.length === 1 ? node.items[0] : node;
      const prop2 = obj2?.type === "object" ? [...obj2.props].reverse().find((p) => p.key.toLowerCase() === "protocol") : void 0;
      const raw = prop2 && (prop2.value.type === "string" || prop2.value.type === "number") ? String(prop2.value.value) : "";
      const at = prop2 && config ? { ...config, range: prop2.range } : config;
      fromPd = { value: raw === "" ? "tcp" : raw.toLowerCase(), source: "proxy-defaults", at, entry: pd, explicit: raw !== "" };
    }
    const sd = this.serviceDefaultsOf(scope2, namespace, name);
    if (sd) {
      const f = sd.field("Protocol");
      const v = f && f.scalar !== void 0 && f.scalar !== null ? String(f.scalar) : "";
      return {
        value: v === "" ? "tcp" : v.toLowerCase(),
        source: "service-defaults",
        at: f,
        entry: sd,
        explicit: v !== "",
        shadowedProxyDefaults: v === "" && fromPd?.explicit ? fromPd.value : void 0
      };
    }
    return fromPd ?? { value: "tcp", source: "default", explicit: false };
  }
  effective(scope2, namespace, name, field) {
    const sd = this.serviceDefaultsOf(scope2, namespace, name);
    const sdField = sd?.field(field);
    if (sd && sdField && typeof sdField.scalar === "string" && sdField.scalar !== "") {
      return { value: sdField.scalar, source: "service-defaults", at: sdField, entry: sd };
    }
    const pd = this.proxyDefaultsOf(scope2);
    const pdField = pd?.field(field);
    if (pd && pdField && typeof pdField.scalar === "string" && pdField.scalar !== "") {
      return { value: pdField.scalar, source: "proxy-defaults", at: pdField, entry: pd };
    }
    return { value: "", source: "default" };
  }
  /**
   * Every service the repository knows in a scope: named by service-defaults, by an
   * intention destination or source, by a discovery-chain entry, or by a workload.
   */
  services() {
    const seen = /* @__PURE__ */ new Map();
    const add = (scope2, namespace, name) => {
      if (!name || name === "*") return;
      const k = serviceKey(scope2.key, namespace, name);
      if (!seen.has(k)) seen.set(k, { scope: scope2, namespace, name });
    };
    for (const kind of ["service-defaults", "service-intentions", "service-router", "service-splitter", "service-resolver"]) {
      for (const e of this.entriesOf(kind)) add(e.scope, e.namespace, e.name);
    }
    for (const w of this.workloads) for (const s of w.services) add(w.scope, w.consulNamespace, s);
    return [...seen.values()].sort((a, b) => {
      const ka = serviceKey(a.scope.key, a.namespace, a.name);
      const kb = serviceKey(b.scope.key, b.namespace, b.name);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  }
  /** The service-defaults and proxy-defaults entries that set MutualTLSMode = "permissive". */
  permissiveEntries() {
    return [...this.entriesOf("service-defaults"), ...this.entriesOf("proxy-defaults")].filter(
      (e) => e.str("MutualTLSMode") === "permissive"
    );
  }
  /** Services whose effective MutualTLSMode is permissive, with what makes them so. */
  permissiveServices() {
    const out = [];
    for (const s of this.services()) {
      const mode = this.effectiveMutualTLSMode(s.scope, s.namespace, s.name);
      if (mode.value === "permissive") out.push({ service: s, mode });
    }
    return out;
  }
  /** Intention sources whose destination is this service, exactly or by wildcard, in its scope. */
  intentionsTo(scope2, namespace, name) {
    const out = [];
    for (const e of this.entriesOf("service-intentions")) {
      if (e.scope.key !== scope2.key) continue;
      if (!(e.name === name || e.name === "*")) continue;
      if (!(e.namespace === namespace || e.namespace === "*" && e.name === "*")) continue;
      const sources = e.root.fields.get("Sources");
      if (!sources || sources.value.type !== "list") continue;
      const destExact = e.namespace === "*" ? 0 : e.name === "*" ? 1 : 2;
      sources.value.items.forEach((item, i) => {
        if (item.type !== "object") return;
        const path9 = `Sources[${i}]`;
        const str2 = (k) => {
          const v = scalarOf(item.fields.get(k)?.value);
          return typeof v === "string" ? v : "";
        };
        const action = str2("Action");
        const perms = item.fields.get("Permissions");
        const hasPerms = perms && perms.value.type === "list" && perms.value.items.length > 0;
        const srcName = str2("Name");
        const peer = str2("Peer");
        const samenessGroup = str2("SamenessGroup");
        const local = !peer && !samenessGroup;
        const sourceNamespace = str2("Namespace") || (local ? e.namespace : "default");
        const srcExact = sourceNamespace === "*" ? 0 : srcName === "*" ? 1 : 2;
        out.push({
          entry: e,
          source: item,
          path: path9,
          name: srcName,
          action: hasPerms ? "l7" : action === "allow" ? "allow" : action === "deny" ? "deny" : "invalid",
          exactDestination: e.name === name,
          sourceNamespace,
          sourcePartition: str2("Partition") || (local ? e.partition : ""),
          peer,
          samenessGroup,
          precedence: 3 * destExact + 3 - (2 - srcExact),
          at: e.at(objectRange(item), path9)
        });
      });
    }
    return out;
  }
  /**
   * The intention sources to a service that decide for at least one downstream: Consul
   * takes the highest-precedence match, so a source is left out when a valid source of
   * higher precedence covers every downstream it names (e.g. a `*`-destination deny of
   * `web` under an exact-destination intention from `web`).
   */
  decidingIntentionsTo(scope2, namespace, name) {
    const all = this.intentionsTo(scope2, namespace, name);
    const covers = (o, s) => o.action !== "invalid" && o.precedence > s.precedence && o.peer === s.peer && o.samenessGroup === s.samenessGroup && o.sourcePartition === s.sourcePartition && (o.sourceNamespace === "*" || o.sourceNamespace === s.sourceNamespace) && (o.name === "*" || o.name === s.name);
    return all.filter((s) => !all.some((o) => o !== s && covers(o, s)));
  }
  /** Workloads that register as this service. */
  workloadsOf(scope2, namespace, name) {
    return this.workloads.filter(
      (w) => w.scope.key === scope2.key && w.consulNamespace === namespace && w.services.includes(name)
    );
  }
  /** Explicit upstreams (e.g. `connect-service-upstreams`) that name this service. */
  explicitUpstreamsTo(scope2, namespace, name) {
    const out = [];
    for (const w of this.workloads) {
      for (const u of w.upstreams) {
        if (u.service !== name || u.peer) continue;
        const uPartition = u.partition ?? w.scope.partition;
        if (uPartition !== scope2.partition) continue;
        if ((u.namespace ?? w.consulNamespace) !== namespace) continue;
        out.push({ workload: w, at: u.at });
      }
    }
    return out;
  }
  /** Entries grouped by identity (kind, partition scope, namespace, name), for duplicate checks. */
  entriesByIdentity() {
    const m = /* @__PURE__ */ new Map();
    for (const e of this.entries) {
      if (!e.spec) continue;
      const k = `${e.kind}\0${e.scope.key}\0${e.namespace}\0${e.name}`;
      const list2 = m.get(k);
      if (list2) list2.push(e);
      else m.set(k, [e]);
    }
    return m;
  }
  static scope(partition, datacenter) {
    return makeScope(partition, datacenter);
  }
};
function scalarOf(v) {
  return v && v.type === "scalar" ? v.value : void 0;
}
function objectRange(o) {
  return o.node.range;
}

// src/model/decode.ts
function decodeObject(node, fields, opts2) {
  const ctx = { issues: [], style: opts2.style, repeats: opts2.repeats };
  const value = decodeStruct(node, fields, "", ctx, opts2.skipTopLevel);
  return { value, issues: ctx.issues };
}
function joinPath(base, name) {
  return base ? `${base}.${name}` : name;
}
function asSingleObject(node, path9, ctx, keyRange) {
  if (node.type === "object") return node;
  if (node.type === "array") {
    if (node.items.length === 1 && node.items[0].type === "object") return node.items[0];
    ctx.issues.push({
      code: "expected-object",
      path: path9,
      message: `'${path9}' expected a map, got 'slice'`,
      range: node.items.length === 0 ? node.range : keyRange.start.offset < node.range.start.offset ? spanOf(keyRange, node.range) : node.range
    });
    return void 0;
  }
  ctx.issues.push({
    code: "expected-object",
    path: path9,
    message: `'${path9}' expected a map, got '${goKindOf(node)}'`,
    range: node.range
  });
  return void 0;
}
function spanOf(a, b) {
  return { start: a.start, end: b.end };
}
function goKindOf(node) {
  switch (node.type) {
    case "object":
      return "map";
    case "array":
      return "slice";
    case "string":
      return "string";
    case "number":
      return Number.isInteger(node.value) ? "int" : "float64";
    case "boolean":
      return "bool";
    case "null":
      return "nil";
  }
}
function decodeStruct(node, fields, path9, ctx, skip) {
  const out = { type: "object", node, fields: /* @__PURE__ */ new Map() };
  if (node.type !== "object") return out;
  const groups = /* @__PURE__ */ new Map();
  for (const p of node.props) {
    const g = groups.get(p.key);
    if (g) g.push(p);
    else groups.set(p.key, [p]);
  }
  const byExact = /* @__PURE__ */ new Map();
  const byFold = /* @__PURE__ */ new Map();
  const byAlias = /* @__PURE__ */ new Map();
  for (const f of fields) {
    const name = ctx.style === "crd" ? crdName2(f) : f.name;
    byExact.set(name, f);
    if (ctx.style === "consul") {
      byFold.set(f.name.toLowerCase(), f);
      for (const a of f.alias ?? []) byAlias.set(a.toLowerCase(), f);
    }
  }
  const claims = /* @__PURE__ */ new Map();
  for (const [key, props] of groups) {
    if (skip?.has(key) || skip?.has(key.toLowerCase())) continue;
    let spec;
    let rank = 0;
    if (byExact.has(key)) spec = byExact.get(key);
    else if (ctx.style === "consul") {
      const lower = key.toLowerCase();
      if (byAlias.has(lower)) {
        spec = byAlias.get(lower);
        rank = 2;
      } else if (byFold.has(lower)) {
        spec = byFold.get(lower);
        rank = 1;
      }
    }
    if (!spec) {
      const first = props[0];
      const full = joinPath(path9, key);
      ctx.issues.push({
        code: "unknown-key",
        path: full,
        message: unknownKeyMessage2(full, key, ctx.style),
        range: first.keyRange,
        known: fields.map((f) => ctx.style === "crd" ? crdName2(f) : f.name)
      });
      continue;
    }
    const list2 = claims.get(spec) ?? [];
    list2.push({ key, props, rank });
    claims.set(spec, list2);
  }
  for (const spec of fields) {
    const cl = claims.get(spec);
    if (!cl) continue;
    cl.sort((a, b) => a.rank - b.rank || a.props[0].range.start.offset - b.props[0].range.start.offset);
    const winner = cl[0];
    for (const loser of cl.slice(1)) {
      const p = loser.props[0];
      ctx.issues.push({
        code: "duplicate-spelling",
        path: joinPath(path9, loser.key),
        message: `"${loser.key}" and "${winner.key}" both set ${joinPath(path9, spec.name)}; Consul decodes "${winner.key}" and rejects the other with invalid config key "${joinPath(path9, loser.key.toLowerCase())}"`,
        range: p.keyRange
      });
    }
    const fieldPath = joinPath(path9, spec.name);
    const props = winner.props;
    const value = decodeField(spec.type, props, fieldPath, ctx);
    if (!value) continue;
    const last = props[props.length - 1];
    out.fields.set(spec.name, {
      name: spec.name,
      path: fieldPath,
      key: winner.key,
      keyRange: last.keyRange,
      props,
      value
    });
  }
  return out;
}
function unknownKeyMessage2(full, key, style) {
  if (style === "crd") return `unknown field "${full}"`;
  if (/namespace$/i.test(key)) return `invalid config key "${full}"`;
  return `invalid config key "${full}"`;
}
function decodeField(type, allProps, path9, ctx) {
  let props = allProps;
  const last = props[props.length - 1];
  if (props.length > 1 && (ctx.repeats === "last" || !(type.t === "list" || type.t === "object"))) {
    ctx.issues.push({
      code: "duplicate-key",
      path: path9,
      message: `"${last.key}" is set ${props.length} times in one object; only the last value is used`,
      range: props[0].keyRange
    });
    props = [last];
  }
  switch (type.t) {
    case "list": {
      const items = [];
      for (const p of props) {
        if (p.value.type === "array") items.push(...p.value.items);
        else if (p.value.type === "object") items.push(p.value);
        else if (p.value.type === "null") continue;
        else if (type.of.t === "object") {
          ctx.issues.push({
            code: "expected-list",
            path: path9,
            message: `'${path9}' expected a list of objects, got '${goKindOf(p.value)}'`,
            range: p.value.range
          });
        } else items.push(p.value);
      }
      return {
        type: "list",
        node: last.value,
        items: items.map((n, i) => decodeValue(type.of, n, `${path9}[${i}]`, ctx, last.keyRange)).filter(isDefined)
      };
    }
    case "object": {
      if (props.length > 1) {
        const second = props[1];
        ctx.issues.push({
          code: "expected-object",
          path: path9,
          message: `'${path9}' expected a map, got 'slice' (${props.length} ${props[0].key} blocks; Consul takes exactly one)`,
          range: second.keyRange
        });
        return void 0;
      }
      return decodeValue(type, last.value, path9, ctx, last.keyRange);
    }
    default:
      return decodeValue(type, last.value, path9, ctx, last.keyRange);
  }
}
function isDefined(v) {
  return v !== void 0;
}
function decodeValue(type, node, path9, ctx, keyRange) {
  switch (type.t) {
    case "map":
    case "any":
      return { type: "opaque", node };
    case "object": {
      const obj2 = asSingleObject(node, path9, ctx, keyRange);
      if (!obj2) return void 0;
      return decodeStruct(obj2, type.fields, path9, ctx);
    }
    case "list": {
      const items = node.type === "array" ? node.items : node.type === "null" ? [] : [node];
      return {
        type: "list",
        node,
        items: items.map((n, i) => decodeValue(type.of, n, `${path9}[${i}]`, ctx, keyRange)).filter(isDefined)
      };
    }
    default:
      return decodeScalar(type, node, path9, ctx);
  }
}
var PARSE_BOOL = /* @__PURE__ */ new Map([
  ["1", true],
  ["t", true],
  ["T", true],
  ["TRUE", true],
  ["true", true],
  ["True", true],
  ["0", false],
  ["f", false],
  ["F", false],
  ["FALSE", false],
  ["false", false],
  ["False", false]
]);
function parseGoBool(s) {
  return PARSE_BOOL.get(s);
}
function decodeScalar(type, node, path9, ctx) {
  if (node.type === "object" || node.type === "array") {
    ctx.issues.push({
      code: "expected-scalar",
      path: path9,
      message: `'${path9}' expected type '${goTypeName(type)}', got unconvertible type '${node.type === "object" ? "map[string]interface {}" : "[]interface {}"}'`,
      range: node.range
    });
    return void 0;
  }
  const v = node.value;
  let value = v;
  if (ctx.style === "crd") return { type: "scalar", node, value };
  switch (type.t) {
    case "bool":
      if (typeof v === "string") {
        value = v === "" ? false : parseGoBool(v);
        if (value === void 0) {
          ctx.issues.push({
            code: "bad-bool",
            path: path9,
            message: `cannot parse '${path9}' as bool: strconv.ParseBool: parsing "${v}": invalid syntax`,
            range: node.range
          });
        }
      } else if (typeof v === "number") value = v !== 0;
      break;
    case "int":
    case "float":
      if (typeof v === "string") {
        const n = v === "" ? 0 : Number(v);
        if (!Number.isFinite(n) || type.t === "int" && !/^[+-]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.test(v) && v !== "") {
          ctx.issues.push({
            code: "bad-number",
            path: path9,
            message: `cannot parse '${path9}' as ${type.t === "int" ? "int" : "float"}: "${v}" is not a number`,
            range: node.range
          });
          value = void 0;
        } else value = n;
      } else if (typeof v === "boolean") value = v ? 1 : 0;
      break;
    case "duration":
      if (typeof v === "string" && v !== "" && !/^[+-]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$|^0$/.test(v)) {
        ctx.issues.push({
          code: "bad-duration",
          path: path9,
          message: `'${path9}': time: invalid duration "${v}"`,
          range: node.range
        });
        value = void 0;
      }
      break;
    case "string":
      if (typeof v === "boolean") value = v ? "1" : "0";
      else if (typeof v === "number") value = String(v);
      break;
  }
  return { type: "scalar", node, value };
}
function goTypeName(type) {
  switch (type.t) {
    case "bool":
      return "bool";
    case "int":
      return "int";
    case "float":
      return "float64";
    case "duration":
      return "time.Duration";
    default:
      return "string";
  }
}

// src/model/entries.ts
var ConfigEntry = class {
  constructor(writtenKind, spec, name, partition, namespace, scope2, origin, file, range, documentIndex, kindAt, nameAt, root, raw, issues, crd) {
    this.writtenKind = writtenKind;
    this.spec = spec;
    this.name = name;
    this.partition = partition;
    this.namespace = namespace;
    this.scope = scope2;
    this.origin = origin;
    this.file = file;
    this.range = range;
    this.documentIndex = documentIndex;
    this.kindAt = kindAt;
    this.nameAt = nameAt;
    this.root = root;
    this.raw = raw;
    this.issues = issues;
    this.crd = crd;
    this.subject = `${this.kind}/${partition}/${namespace}/${name}`;
  }
  writtenKind;
  spec;
  name;
  partition;
  namespace;
  scope;
  origin;
  file;
  range;
  documentIndex;
  kindAt;
  nameAt;
  root;
  raw;
  issues;
  crd;
  subject;
  get kind() {
    return this.spec?.kind ?? this.writtenKind;
  }
  /** `service-defaults "api"`, or `mesh` for the nameless mesh entry. */
  get label() {
    return this.spec?.hasName === false ? this.kind : `${this.kind} "${this.name}"`;
  }
  /** Field by canonical dotted path (`TransparentProxy.MeshDestinationsOnly`, `Sources[0].Action`). */
  field(path9) {
    const f = lookup(this.root, path9);
    if (!f) return void 0;
    return this.ref(f);
  }
  ref(f) {
    const p = f.props[f.props.length - 1];
    return {
      file: this.file,
      range: p.range,
      subject: `${this.subject}#${f.path}`,
      field: f,
      keyRange: f.keyRange,
      value: f.value,
      scalar: f.value.type === "scalar" ? f.value.value : void 0
    };
  }
  /** The scalar value of a field when it is a string, else undefined. */
  str(path9) {
    const v = this.field(path9)?.scalar;
    return typeof v === "string" ? v : void 0;
  }
  bool(path9) {
    const v = this.field(path9)?.scalar;
    return typeof v === "boolean" ? v : void 0;
  }
  /** A place inside this entry with this entry's identity as subject. */
  at(range, path9 = "") {
    return { file: this.file, range, subject: path9 ? `${this.subject}#${path9}` : this.subject };
  }
  /** Where to report about the entry as a whole: its Kind line (small and always present). */
  get location() {
    return this.nameAt ?? this.kindAt;
  }
  /** A `Meta` value (HCL/JSON) or, for CRDs, a `metadata.annotations` value. */
  metaValue(key) {
    if (this.crd) return this.crd.annotations.get(key);
    const meta = this.root.fields.get("Meta");
    if (!meta) return void 0;
    const obj2 = unwrapObject(meta.value.node);
    if (!obj2) return void 0;
    for (const p of [...obj2.props].reverse()) {
      if (p.key === key && (p.value.type === "string" || p.value.type === "number" || p.value.type === "boolean")) {
        return { value: String(p.value.value), at: this.at(p.range, `Meta.${key}`) };
      }
    }
    return void 0;
  }
};
function unwrapObject(n) {
  if (n.type === "object") return n;
  if (n.type === "array" && n.items.length === 1 && n.items[0].type === "object") return n.items[0];
  return void 0;
}
function lookup(root, path9) {
  let cur = root;
  let found;
  for (const seg of path9.split(".")) {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(seg);
    if (!m) return void 0;
    if (cur.type !== "object") return void 0;
    found = cur.fields.get(m[1]);
    if (!found) return void 0;
    cur = found.value;
    for (const idx of m[2].match(/\d+/g) ?? []) {
      if (cur.type !== "list") return void 0;
      const item = cur.items[Number(idx)];
      if (!item) return void 0;
      cur = item;
    }
  }
  return found;
}

// src/model/kinds.ts
var structMap = (name, fields, o = {}) => ({
  name,
  type: { t: "map", values: { t: "object", fields } },
  ...o
});
var ENT = { enterprise: true };
function nameField(crd) {
  return str("Name", crd ? { notInCrd: true } : {});
}
function tenancy(crd, which = "both") {
  const o = crd ? { enterprise: true, notInCrd: true } : { enterprise: true };
  const out = [str("Partition", o)];
  if (which === "both") out.push(str("Namespace", o));
  return out;
}
function bookkeeping(crd) {
  const o = crd ? { notInCrd: true } : {};
  return [map("Meta", o), int("CreateIndex", o), int("ModifyIndex", o)];
}
var TRANSPARENT_PROXY = [
  int("OutboundListenerPort", "outbound_listener_port"),
  bool("DialedDirectly", "dialed_directly")
];
var MESH_GATEWAY = [str("Mode")];
var EXPOSE_PATH = [
  int("ListenerPort", "listener_port"),
  str("Path"),
  int("LocalPathPort", "local_path_port"),
  str("Protocol"),
  bool("ParsedFromCheck", { alias: ["parsed_from_check"], notInCrd: true })
];
var EXPOSE = [bool("Checks"), objList("Paths", EXPOSE_PATH)];
var ENVOY_EXTENSION = [
  str("Name"),
  bool("Required"),
  map("Arguments"),
  // Not in the consul-k8s EnvoyExtension (shared_types.go has name, required, arguments).
  str("ConsulVersion", { notInCrd: true }),
  str("EnvoyVersion", { notInCrd: true })
];
var UPSTREAM_LIMITS = [
  int("MaxConnections", "max_connections"),
  int("MaxPendingRequests", "max_pending_requests"),
  int("MaxConcurrentRequests", "max_concurrent_requests")
];
var PASSIVE_HEALTH_CHECK = [
  duration("Interval"),
  int("MaxFailures", "max_failures"),
  int("EnforcingConsecutive5xx", "enforcing_consecutive_5xx"),
  int("MaxEjectionPercent", "max_ejection_percent"),
  duration("BaseEjectionTime", "base_ejection_time")
];
var UPSTREAM_CONFIG = [
  str("Name"),
  str("Partition", ENT),
  str("Namespace", ENT),
  str("Peer"),
  str("EnvoyListenerJSON", "envoy_listener_json"),
  str("EnvoyClusterJSON", "envoy_cluster_json"),
  str("Protocol"),
  int("ConnectTimeoutMs", "connect_timeout_ms"),
  obj("Limits", UPSTREAM_LIMITS),
  obj("PassiveHealthCheck", PASSIVE_HEALTH_CHECK, "passive_health_check"),
  obj("MeshGateway", MESH_GATEWAY, "mesh_gateway"),
  // consul-k8s servicedefaults_types.go Upstream has no balanceOutboundConnections.
  str("BalanceOutboundConnections", { alias: ["balance_outbound_connections"], notInCrd: true })
];
var UPSTREAM_CONFIGURATION = [
  objList("Overrides", UPSTREAM_CONFIG),
  obj("Defaults", UPSTREAM_CONFIG)
];
var DESTINATION = [strList("Addresses"), int("Port")];
var RATE_LIMITS = [
  obj(
    "InstanceLevel",
    [
      int("RequestsPerSecond", "requests_per_second"),
      int("RequestsMaxBurst", "requests_max_burst"),
      objList("Routes", [
        str("PathExact", "path_exact"),
        str("PathPrefix", "path_prefix"),
        str("PathRegex", "path_regex"),
        int("RequestsPerSecond", "requests_per_second"),
        int("RequestsMaxBurst", "requests_max_burst")
      ])
    ],
    "instance_level"
  )
];
var ACCESS_LOGS = [
  bool("Enabled", "enabled"),
  bool("DisableListenerLogs", "disable_listener_logs"),
  str("Type", "type"),
  str("Path", "path"),
  str("JSONFormat", "json_format"),
  str("TextFormat", "text_format")
];
var FAILOVER_POLICY = [str("Mode"), strList("Regions")];
var PRIORITIZE_BY_LOCALITY = [str("Mode")];
var HEADER_MODIFIERS = [map("Add"), map("Set"), strList("Remove")];
var SERVICE_DEFAULTS = {
  kind: "service-defaults",
  crdKind: "ServiceDefaults",
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true),
    str("Protocol"),
    str("Mode"),
    obj("TransparentProxy", TRANSPARENT_PROXY, "transparent_proxy"),
    str("MutualTLSMode", "mutual_tls_mode"),
    obj("MeshGateway", MESH_GATEWAY, "mesh_gateway"),
    obj("Expose", EXPOSE),
    str("ExternalSNI", "external_sni"),
    obj("UpstreamConfig", UPSTREAM_CONFIGURATION, "upstream_config"),
    obj("Destination", DESTINATION),
    int("MaxInboundConnections", "max_inbound_connections"),
    int("LocalConnectTimeoutMs", "local_connect_timeout_ms"),
    int("LocalRequestTimeoutMs", "local_request_timeout_ms"),
    str("BalanceInboundConnections", "balance_inbound_connections"),
    obj("RateLimits", RATE_LIMITS, "rate_limits"),
    objList("EnvoyExtensions", ENVOY_EXTENSION, "envoy_extensions"),
    ...bookkeeping(true)
  ]
};
var PROXY_DEFAULTS = {
  kind: "proxy-defaults",
  crdKind: "ProxyDefaults",
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true),
    str("Mode"),
    obj("TransparentProxy", TRANSPARENT_PROXY, "transparent_proxy"),
    str("MutualTLSMode", "mutual_tls_mode"),
    map("Config"),
    obj("MeshGateway", MESH_GATEWAY, "mesh_gateway"),
    obj("Expose", EXPOSE),
    obj("AccessLogs", ACCESS_LOGS, "access_logs"),
    objList("EnvoyExtensions", ENVOY_EXTENSION, "envoy_extensions"),
    obj("FailoverPolicy", FAILOVER_POLICY, "failover_policy"),
    obj("PrioritizeByLocality", PRIORITIZE_BY_LOCALITY, "prioritize_by_locality"),
    ...bookkeeping(true)
  ]
};
var MESH_DIRECTIONAL_TLS = [
  str("TLSMinVersion", "tls_min_version"),
  str("TLSMaxVersion", "tls_max_version"),
  strList("CipherSuites", "cipher_suites")
];
var MESH = {
  kind: "mesh",
  crdKind: "Mesh",
  hasName: false,
  fields: [
    ...tenancy(true),
    obj("TransparentProxy", [bool("MeshDestinationsOnly", "mesh_destinations_only")], "transparent_proxy"),
    bool("AllowEnablingPermissiveMutualTLS", "allow_enabling_permissive_mutual_tls"),
    bool("ValidateClusters", "validate_clusters"),
    obj("TLS", [obj("Incoming", MESH_DIRECTIONAL_TLS), obj("Outgoing", MESH_DIRECTIONAL_TLS)]),
    obj("HTTP", [
      bool("SanitizeXForwardedClientCert", "sanitize_x_forwarded_client_cert"),
      obj("Incoming", [
        obj(
          "RequestNormalization",
          [
            bool("InsecureDisablePathNormalization", "insecure_disable_path_normalization"),
            bool("MergeSlashes", "merge_slashes"),
            str("PathWithEscapedSlashesAction", "path_with_escaped_slashes_action"),
            str("HeadersWithUnderscoresAction", "headers_with_underscores_action")
          ],
          "request_normalization"
        )
      ])
    ]),
    obj("Peering", [bool("PeerThroughMeshGateways", "peer_through_mesh_gateways")]),
    ...bookkeeping(true)
  ]
};
var INTENTION_JWT = [
  objList("Providers", [
    str("Name"),
    objList("VerifyClaims", [strList("Path"), str("Value")], "verify_claims")
  ])
];
var INTENTION_HTTP_HEADER = [
  str("Name"),
  bool("Present"),
  str("Exact"),
  str("Prefix"),
  str("Suffix"),
  str("Contains"),
  str("Regex"),
  bool("Invert"),
  bool("IgnoreCase", "ignore_case")
];
var INTENTION_PERMISSION = [
  str("Action"),
  obj("HTTP", [
    str("PathExact", "path_exact"),
    str("PathPrefix", "path_prefix"),
    str("PathRegex", "path_regex"),
    objList("Header", INTENTION_HTTP_HEADER),
    strList("Methods")
  ]),
  obj("JWT", INTENTION_JWT)
];
var SOURCE_INTENTION = [
  str("Name"),
  str("Peer"),
  str("Partition", ENT),
  str("Namespace", ENT),
  // CE rejects it: "Sameness groups are a Consul Enterprise feature." (config_entry_intentions_ce.go)
  str("SamenessGroup", { alias: ["sameness_group"], enterprise: true }),
  str("Action"),
  objList("Permissions", INTENTION_PERMISSION),
  // Read-only / legacy bridging fields: accepted by the decoder, recomputed or cleared by
  // Normalize (LegacyMeta makes Validate fail). consul-k8s ignores them (MatchesConsul).
  int("Precedence", { notInCrd: true }),
  str("Type", { notInCrd: true }),
  str("Description"),
  str("LegacyID", { alias: ["legacy_id"], notInCrd: true }),
  map("LegacyMeta", { alias: ["legacy_meta"], notInCrd: true }),
  // *time.Time, decoded from an RFC 3339 string by StringToTimeHookFunc.
  str("LegacyCreateTime", { alias: ["legacy_create_time"], notInCrd: true }),
  str("LegacyUpdateTime", { alias: ["legacy_update_time"], notInCrd: true })
];
var SERVICE_INTENTIONS = {
  kind: "service-intentions",
  crdKind: "ServiceIntentions",
  hasName: true,
  fields: [
    nameField(true),
    // CRD: spec.destination.name
    ...tenancy(true),
    // CRD: spec.destination.namespace (no partition in spec)
    objList("Sources", SOURCE_INTENTION),
    obj("JWT", INTENTION_JWT),
    ...bookkeeping(true)
  ]
};
var ROUTE_HTTP_HEADER = [
  str("Name"),
  bool("Present"),
  str("Exact"),
  str("Prefix"),
  str("Suffix"),
  str("Regex"),
  bool("Invert")
];
var SERVICE_ROUTER = {
  kind: "service-router",
  crdKind: "ServiceRouter",
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true),
    objList("Routes", [
      obj("Match", [
        obj("HTTP", [
          str("PathExact", "path_exact"),
          str("PathPrefix", "path_prefix"),
          str("PathRegex", "path_regex"),
          bool("CaseInsensitive", "case_insensitive"),
          objList("Header", ROUTE_HTTP_HEADER),
          objList("QueryParam", [str("Name"), bool("Present"), str("Exact"), str("Regex")], "query_param"),
          strList("Methods")
        ])
      ]),
      obj("Destination", [
        str("Service"),
        str("ServiceSubset", "service_subset"),
        str("Namespace", ENT),
        str("Partition", ENT),
        str("PrefixRewrite", "prefix_rewrite"),
        duration("RequestTimeout", "request_timeout"),
        duration("IdleTimeout", "idle_timeout"),
        int("NumRetries", "num_retries"),
        bool("RetryOnConnectFailure", "retry_on_connect_failure"),
        list("RetryOnStatusCodes", { t: "int" }, "retry_on_status_codes"),
        strList("RetryOn", "retry_on"),
        obj("RequestHeaders", HEADER_MODIFIERS, "request_headers"),
        obj("ResponseHeaders", HEADER_MODIFIERS, "response_headers")
      ])
    ]),
    ...bookkeeping(true)
  ]
};
var SERVICE_SPLITTER = {
  kind: "service-splitter",
  crdKind: "ServiceSplitter",
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true),
    objList("Splits", [
      float("Weight"),
      str("Service"),
      str("ServiceSubset", "service_subset"),
      str("Namespace", ENT),
      str("Partition", ENT),
      obj("RequestHeaders", HEADER_MODIFIERS, "request_headers"),
      obj("ResponseHeaders", HEADER_MODIFIERS, "response_headers")
    ]),
    ...bookkeeping(true)
  ]
};
var SERVICE_RESOLVER = {
  kind: "service-resolver",
  crdKind: "ServiceResolver",
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true),
    str("DefaultSubset", "default_subset"),
    structMap("Subsets", [str("Filter"), bool("OnlyPassing", "only_passing")]),
    obj("Redirect", [
      str("Service"),
      str("ServiceSubset", "service_subset"),
      str("Namespace", ENT),
      str("Partition", ENT),
      str("Datacenter"),
      str("Peer"),
      str("SamenessGroup", "sameness_group")
    ]),
    structMap("Failover", [
      str("Service"),
      str("ServiceSubset", "service_subset"),
      str("Namespace", ENT),
      strList("Datacenters"),
      objList("Targets", [
        str("Service"),
        str("ServiceSubset", "service_subset"),
        str("Partition", ENT),
        str("Namespace", ENT),
        str("Datacenter"),
        str("Peer")
      ]),
      obj("Policy", FAILOVER_POLICY),
      str("SamenessGroup", "sameness_group")
    ]),
    duration("ConnectTimeout", "connect_timeout"),
    duration("RequestTimeout", "request_timeout"),
    obj("PrioritizeByLocality", PRIORITIZE_BY_LOCALITY, "prioritize_by_locality"),
    obj(
      "LoadBalancer",
      [
        str("Policy"),
        obj(
          "RingHashConfig",
          [int("MinimumRingSize", "minimum_ring_size"), int("MaximumRingSize", "maximum_ring_size")],
          "ring_hash_config"
        ),
        obj("LeastRequestConfig", [int("ChoiceCount", "choice_count")], "least_request_config"),
        objList(
          "HashPolicies",
          [
            str("Field"),
            str("FieldValue", "field_value"),
            obj("CookieConfig", [bool("Session"), duration("TTL"), str("Path")], "cookie_config"),
            bool("SourceIP", "source_ip"),
            bool("Terminal")
          ],
          "hash_policies"
        )
      ],
      "load_balancer"
    ),
    ...bookkeeping(true)
  ]
};
var GATEWAY_TLS_SDS = [
  str("ClusterName", "cluster_name"),
  str("CertResource", "cert_resource")
];
var GATEWAY_TLS = [
  bool("Enabled"),
  obj("SDS", GATEWAY_TLS_SDS),
  str("TLSMinVersion", "tls_min_version"),
  str("TLSMaxVersion", "tls_max_version"),
  strList("CipherSuites", "cipher_suites")
];
var INGRESS_SERVICE = [
  str("Name"),
  strList("Hosts"),
  str("Namespace", ENT),
  str("Partition", ENT),
  obj("TLS", [obj("SDS", GATEWAY_TLS_SDS)]),
  obj("RequestHeaders", HEADER_MODIFIERS, "request_headers"),
  obj("ResponseHeaders", HEADER_MODIFIERS, "response_headers"),
  int("MaxConnections", "max_connections"),
  int("MaxPendingRequests", "max_pending_requests"),
  int("MaxConcurrentRequests", "max_concurrent_requests"),
  obj("PassiveHealthCheck", PASSIVE_HEALTH_CHECK, "passive_health_check")
];
var INGRESS_GATEWAY = {
  kind: "ingress-gateway",
  crdKind: "IngressGateway",
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true),
    obj("TLS", GATEWAY_TLS),
    objList("Listeners", [
      int("Port"),
      str("Protocol"),
      objList("Services", INGRESS_SERVICE),
      obj("TLS", GATEWAY_TLS)
    ]),
    obj("Defaults", [
      // api.IngressServiceConfig: no alias tags here (unlike IngressService).
      int("MaxConnections"),
      int("MaxPendingRequests"),
      int("MaxConcurrentRequests"),
      obj("PassiveHealthCheck", PASSIVE_HEALTH_CHECK, "passive_health_check")
    ]),
    ...bookkeeping(true)
  ]
};
var TERMINATING_GATEWAY = {
  kind: "terminating-gateway",
  crdKind: "TerminatingGateway",
  hasName: true,
  fields: [
    nameField(true),
    objList("Services", [
      bool("DisableAutoHostRewrite"),
      str("Namespace", ENT),
      str("Name"),
      str("CAFile", "ca_file"),
      str("CertFile", "cert_file"),
      str("KeyFile", "key_file"),
      str("SNI")
    ]),
    ...bookkeeping(true),
    ...tenancy(true)
  ]
};
var RESOURCE_REFERENCE = [
  str("Kind"),
  str("Name"),
  str("SectionName"),
  str("Partition", ENT),
  str("Namespace", ENT)
];
var STATUS = [
  objList("Conditions", [
    str("Type"),
    str("Status"),
    str("Reason"),
    str("Message"),
    obj("Resource", RESOURCE_REFERENCE),
    str("LastTransitionTime")
    // *time.Time, RFC 3339 string
  ])
];
var API_GATEWAY_JWT_PROVIDER = [
  str("Name"),
  objList("VerifyClaims", [strList("Path"), str("Value")], "verify_claims")
];
var API_GATEWAY_POLICY = [obj("JWT", [objList("Providers", API_GATEWAY_JWT_PROVIDER)])];
var API_GATEWAY = {
  kind: "api-gateway",
  hasName: true,
  fields: [
    nameField(false),
    objList("Listeners", [
      str("Name"),
      str("Hostname"),
      int("Port"),
      str("Protocol"),
      obj("TLS", [
        objList("Certificates", RESOURCE_REFERENCE),
        str("MaxVersion", "tls_max_version"),
        str("MinVersion", "tls_min_version"),
        strList("CipherSuites", "cipher_suites")
      ]),
      obj("Override", API_GATEWAY_POLICY),
      obj("Default", API_GATEWAY_POLICY)
    ]),
    obj("Status", STATUS),
    ...bookkeeping(false),
    ...tenancy(false)
  ]
};
var HTTP_HEADER_FILTER = [map("Add"), strList("Remove"), map("Set")];
var HTTP_FILTERS = [
  objList("Headers", HTTP_HEADER_FILTER),
  obj("URLRewrite", [str("Path")]),
  obj("RetryFilter", [
    int("NumRetries"),
    strList("RetryOn"),
    list("RetryOnStatusCodes", { t: "int" }),
    bool("RetryOnConnectFailure")
  ]),
  obj("TimeoutFilter", [duration("RequestTimeout"), duration("IdleTimeout")]),
  obj("JWT", [objList("Providers", API_GATEWAY_JWT_PROVIDER)])
];
var HTTP_RESPONSE_FILTERS = [objList("Headers", HTTP_HEADER_FILTER)];
var HTTP_ROUTE = {
  kind: "http-route",
  hasName: true,
  fields: [
    nameField(false),
    objList("Parents", RESOURCE_REFERENCE),
    objList("Rules", [
      obj("Filters", HTTP_FILTERS),
      obj("ResponseFilters", HTTP_RESPONSE_FILTERS),
      objList("Matches", [
        objList("Headers", [str("Match"), str("Name"), str("Value")]),
        str("Method"),
        obj("Path", [str("Match"), str("Value")]),
        objList("Query", [str("Match"), str("Name"), str("Value")])
      ]),
      objList("Services", [
        str("Name"),
        int("Weight"),
        obj("Filters", HTTP_FILTERS),
        obj("ResponseFilters", HTTP_RESPONSE_FILTERS),
        str("Partition", ENT),
        str("Namespace", ENT)
      ])
    ]),
    strList("Hostnames"),
    ...bookkeeping(false),
    ...tenancy(false),
    obj("Status", STATUS)
  ]
};
var TCP_ROUTE = {
  kind: "tcp-route",
  hasName: true,
  fields: [
    nameField(false),
    objList("Parents", RESOURCE_REFERENCE),
    objList("Services", [str("Name"), str("Partition", ENT), str("Namespace", ENT)]),
    map("Meta"),
    obj("Status", STATUS),
    int("CreateIndex"),
    int("ModifyIndex"),
    ...tenancy(false)
  ]
};
var INLINE_CERTIFICATE = {
  kind: "inline-certificate",
  hasName: true,
  fields: [
    nameField(false),
    str("Certificate"),
    str("PrivateKey", "private_key"),
    ...bookkeeping(false),
    ...tenancy(false)
  ]
};
var FILE_SYSTEM_CERTIFICATE = {
  kind: "file-system-certificate",
  hasName: true,
  fields: [
    nameField(false),
    str("Certificate", "certificate"),
    str("PrivateKey", "private_key"),
    ...bookkeeping(false),
    ...tenancy(false)
  ]
};
var EXPORTED_SERVICES = {
  kind: "exported-services",
  crdKind: "ExportedServices",
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true, "partition"),
    objList("Services", [
      str("Name"),
      str("Namespace", ENT),
      objList("Consumers", [
        str("Partition", ENT),
        str("Peer", "peer_name"),
        str("SamenessGroup", "sameness_group")
      ])
    ]),
    ...bookkeeping(true)
  ]
};
var SAMENESS_GROUP = {
  kind: "sameness-group",
  crdKind: "SamenessGroup",
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true, "partition"),
    bool("DefaultForFailover", "default_for_failover"),
    bool("IncludeLocal", "include_local"),
    objList("Members", [str("Partition"), str("Peer")]),
    ...bookkeeping(true)
  ]
};
var JWT_PROVIDER = {
  kind: "jwt-provider",
  crdKind: "JWTProvider",
  hasName: true,
  fields: [
    nameField(true),
    obj(
      "JSONWebKeySet",
      [
        obj("Local", [str("JWKS"), str("Filename")]),
        obj("Remote", [
          str("URI"),
          int("RequestTimeoutMs", "request_timeout_ms"),
          duration("CacheDuration", "cache_duration"),
          bool("FetchAsynchronously", "fetch_asynchronously"),
          // consul-k8s RemoteJWKS tags it `json:",omitempty"`, so its JSON key is the Go name.
          bool("UseSNI", { alias: ["use_sni"], crd: "UseSNI" }),
          obj(
            "RetryPolicy",
            [
              int("NumRetries", "num_retries"),
              obj(
                "RetryPolicyBackOff",
                [duration("BaseInterval", "base_interval"), duration("MaxInterval", "max_interval")],
                "retry_policy_back_off"
              )
            ],
            "retry_policy"
          ),
          obj(
            "JWKSCluster",
            [
              str("DiscoveryType", "discovery_type"),
              obj(
                "TLSCertificates",
                [
                  obj(
                    "CaCertificateProviderInstance",
                    [str("InstanceName", "instance_name"), str("CertificateName", "certificate_name")],
                    "ca_certificate_provider_instance"
                  ),
                  obj(
                    "TrustedCA",
                    [
                      str("Filename", "filename"),
                      str("EnvironmentVariable", "environment_variable"),
                      str("InlineString", "inline_string"),
                      // []byte: a string (weak decode) or a list of bytes.
                      any("InlineBytes", "inline_bytes")
                    ],
                    "trusted_ca"
                  )
                ],
                "tls_certificates"
              ),
              duration("ConnectTimeout", "connect_timeout")
            ],
            "jwks_cluster"
          )
        ])
      ],
      "json_web_key_set"
    ),
    str("Issuer"),
    strList("Audiences"),
    objList("Locations", [
      obj("Header", [str("Name"), str("ValuePrefix", "value_prefix"), bool("Forward")]),
      obj("QueryParam", [str("Name")], "query_param"),
      obj("Cookie", [str("Name")])
    ]),
    obj("Forwarding", [
      str("HeaderName", "header_name"),
      bool("PadForwardPayloadHeader", "pad_forward_payload_header")
    ]),
    int("ClockSkewSeconds", "clock_skew_seconds"),
    obj("CacheConfig", [int("Size")], "cache_config"),
    ...bookkeeping(true),
    ...tenancy(true)
  ]
};
var READ_WRITE_RATES = [float("ReadRate", "read_rate"), float("WriteRate", "write_rate")];
var rates = (name, inCrd = true) => obj(name, READ_WRITE_RATES, inCrd ? {} : { notInCrd: true });
var CONTROL_PLANE_REQUEST_LIMIT = {
  kind: "control-plane-request-limit",
  crdKind: "ControlPlaneRequestLimit",
  hasName: true,
  fields: [
    nameField(true),
    str("Mode"),
    float("ReadRate", "read_rate"),
    float("WriteRate", "write_rate"),
    rates("ACL"),
    rates("Catalog"),
    rates("ConfigEntry"),
    rates("ConnectCA"),
    rates("Coordinate"),
    rates("DiscoveryChain"),
    rates("ServerDiscovery", false),
    rates("Health"),
    rates("Intention"),
    rates("KV"),
    rates("Tenancy"),
    rates("PreparedQuery"),
    rates("Session"),
    rates("Txn"),
    rates("AutoConfig", false),
    rates("FederationState", false),
    rates("Internal", false),
    rates("PeerStream", false),
    rates("Peering", false),
    rates("DataPlane", false),
    rates("DNS", false),
    rates("Subscribe", false),
    rates("Resource", false),
    ...bookkeeping(true),
    ...tenancy(true)
  ]
};
var KINDS = [
  SERVICE_DEFAULTS,
  PROXY_DEFAULTS,
  SERVICE_ROUTER,
  SERVICE_SPLITTER,
  SERVICE_RESOLVER,
  INGRESS_GATEWAY,
  TERMINATING_GATEWAY,
  SERVICE_INTENTIONS,
  MESH,
  EXPORTED_SERVICES,
  SAMENESS_GROUP,
  API_GATEWAY,
  TCP_ROUTE,
  FILE_SYSTEM_CERTIFICATE,
  INLINE_CERTIFICATE,
  HTTP_ROUTE,
  CONTROL_PLANE_REQUEST_LIMIT,
  JWT_PROVIDER
];
var KIND_NAMES = new Set(KINDS.map((k) => k.kind));
var BY_KIND = new Map(KINDS.map((k) => [k.kind, k]));
var BY_CRD = new Map(KINDS.filter((k) => k.crdKind !== void 0).map((k) => [k.crdKind, k]));
function kindSpec(kind) {
  return BY_KIND.get(kind);
}
function kindSpecByCrd(crdKind) {
  return BY_CRD.get(crdKind);
}
var REGISTRATION_KINDS = /* @__PURE__ */ new Set([
  "connect-proxy",
  "mesh-gateway",
  "terminating-gateway",
  "ingress-gateway",
  "api-gateway"
]);
var REGISTRATION_FIELDS = [
  // AgentServiceRegistration
  "Kind",
  "ID",
  "Name",
  "Tags",
  "Port",
  "Address",
  "SocketPath",
  "TaggedAddresses",
  "EnableTagOverride",
  "Meta",
  "Weights",
  "Check",
  "Checks",
  "Proxy",
  "Connect",
  "Namespace",
  "Partition",
  "Locality",
  // AgentService
  "Service",
  "CreateIndex",
  "ModifyIndex",
  "ContentHash",
  "PeerName",
  "Datacenter"
];
var REGISTRATION_ONLY_KEYS = (() => {
  const entryKeys = /* @__PURE__ */ new Set(["kind"]);
  for (const k of KINDS) {
    for (const f of k.fields) {
      entryKeys.add(f.name.toLowerCase());
      for (const a of f.alias ?? []) entryKeys.add(a.toLowerCase());
    }
  }
  return new Set(REGISTRATION_FIELDS.map((f) => f.toLowerCase()).filter((f) => !entryKeys.has(f)));
})();
function looksLikeRegistration(topLevelKeysLowercased) {
  return topLevelKeysLowercased.some((k) => REGISTRATION_ONLY_KEYS.has(k));
}

// src/model/normalize.ts
var CONSUL_HINT = /(^|[\s{,"'])"?(kind|Kind|KIND)"?\s*[:=]|consul\.hashicorp\.com/m;
function normalizeFile(file, hint = {}) {
  const out = {
    path: file.path,
    entries: [],
    registrations: 0,
    otherDocuments: [],
    consulLike: false,
    issues: []
  };
  const fatal = file.result.problems.filter((p) => p.fatal);
  const looksConsul = CONSUL_HINT.test(file.text);
  for (const doc of file.result.documents) {
    if (file.format === "yaml") normalizeYamlDocument(file, doc, hint, out);
    else normalizeConsulDocument(file, doc, hint, out);
  }
  if (fatal.length > 0 && (looksConsul || out.consulLike)) {
    out.consulLike = true;
    for (const p of fatal) {
      const note = file.formatNote && p === fatal[0] ? ` (the file ${file.formatNote})` : "";
      out.issues.push({
        ruleId: "parse-error",
        message: `${p.message}${note}`,
        range: p.range,
        subject: `${file.path}#parse`
      });
    }
  }
  if (out.consulLike) {
    for (const p of file.result.problems) {
      if (p.fatal) continue;
      out.issues.push({ ruleId: "parse-error", message: p.message, range: p.range, subject: `${file.path}#parse` });
    }
  }
  return out;
}
function prop(obj2, ...keys) {
  for (let i = obj2.props.length - 1; i >= 0; i--) {
    const p = obj2.props[i];
    if (keys.includes(p.key)) return p;
  }
  return void 0;
}
function stringOf(n) {
  return n && n.type === "string" ? n.value : void 0;
}
function loc(file, range, subject) {
  return { file: file.path, range, subject };
}
function normalizeConsulDocument(file, doc, hint, out) {
  const root = doc.root;
  if (root.type === "array") {
    for (const item of root.items) {
      if (item.type === "object" && prop(item, "Kind", "kind")) normalizeConsulObject(file, doc, item, hint, out, "json");
    }
    return;
  }
  if (root.type !== "object") return;
  const origin = file.format === "json" ? "json" : "hcl";
  if (prop(root, "Kind", "kind")) {
    normalizeConsulObject(file, doc, root, hint, out, origin);
    return;
  }
  const odd = root.props.find((p) => p.key.toLowerCase() === "kind");
  if (odd) {
    out.consulLike = true;
    out.issues.push({
      ruleId: "invalid-value",
      message: `Payload does not contain a kind/Kind key at the top level: Consul looks up only "Kind" or "kind", not "${odd.key}"`,
      range: odd.keyRange,
      subject: `${file.path}#kind`
    });
    return;
  }
  const ce = prop(root, "config_entries");
  if (ce) {
    const ceObj = ce.value.type === "array" && ce.value.items[0]?.type === "object" ? ce.value.items[0] : ce.value;
    if (ceObj.type === "object") {
      for (const b of ceObj.props.filter((p) => p.key === "bootstrap")) {
        const items = b.value.type === "array" ? b.value.items : [b.value];
        for (const it of items) if (it.type === "object") normalizeConsulObject(file, doc, it, hint, out, origin);
      }
    }
  }
}
function normalizeConsulObject(file, doc, obj2, hint, out, origin) {
  out.consulLike = true;
  const kindProp = prop(obj2, "Kind", "kind");
  const kindValue = kindProp.value;
  const kindAt = loc(file, kindProp.range, `${file.path}#Kind`);
  if (kindValue.type !== "string") {
    out.issues.push({
      ruleId: "invalid-value",
      message: "Kind value in payload is not a string",
      range: kindValue.range,
      subject: `${file.path}#Kind`
    });
    return;
  }
  const kind = kindValue.value;
  const spec = kindSpec(kind);
  const topKeys = obj2.props.map((p) => p.key.toLowerCase());
  if (REGISTRATION_KINDS.has(kind) && (!spec || looksLikeRegistration(topKeys))) {
    out.registrations++;
    return;
  }
  const decoded = spec ? decodeObject(obj2, spec.fields, { style: "consul", repeats: origin === "hcl" ? "merge" : "last", skipTopLevel: /* @__PURE__ */ new Set(["Kind", "kind"]) }) : { value: { type: "object", node: obj2, fields: /* @__PURE__ */ new Map() }, issues: [] };
  const nameField2 = decoded.value.fields.get("Name");
  const name = nameField2 && nameField2.value.type === "scalar" && typeof nameField2.value.value === "string" ? nameField2.value.value : "";
  const partField = decoded.value.fields.get("Partition");
  const nsField = decoded.value.fields.get("Namespace");
  const partition = scalarString(partField?.value) || hint.partition || "default";
  const namespace = scalarString(nsField?.value) || hint.namespace || "default";
  const scope2 = makeScope(partition, hint.datacenter);
  const entry = new ConfigEntry(
    kind,
    spec,
    spec?.hasName === false ? spec.kind : name,
    partition,
    namespace,
    scope2,
    origin,
    file.path,
    obj2.range,
    doc.index,
    kindAt,
    nameField2 ? loc(file, nameField2.props[nameField2.props.length - 1].range, "") : void 0,
    decoded.value,
    obj2,
    decoded.issues
  );
  fixSubjects(entry);
  out.entries.push(entry);
}
function scalarString(v) {
  return v && v.type === "scalar" && typeof v.value === "string" ? v.value : "";
}
function fixSubjects(entry) {
  entry.kindAt.subject = `${entry.subject}#Kind`;
  if (entry.nameAt) entry.nameAt.subject = `${entry.subject}#Name`;
}
var ENTRY_META_FIELDS = /* @__PURE__ */ new Set(["Name", "Partition", "Namespace", "Meta", "CreateIndex", "ModifyIndex"]);
function crdFields(spec) {
  const fields = spec.fields.filter((f) => !f.notInCrd && !ENTRY_META_FIELDS.has(f.name));
  if (spec.kind === "service-intentions") {
    fields.unshift(obj("Destination", [str("Name"), str("Namespace", { enterprise: true })], { crd: "destination" }));
  }
  return fields;
}
function normalizeYamlDocument(file, doc, hint, out) {
  const root = doc.root;
  if (root.type !== "object") {
    out.otherDocuments.push(doc);
    return;
  }
  const apiVersionProp = prop(root, "apiVersion");
  const apiVersion = stringOf(apiVersionProp?.value);
  const kindProp = prop(root, "kind");
  const kind = stringOf(kindProp?.value);
  const oddApi = root.props.find((p) => p.key !== "apiVersion" && p.key.toLowerCase() === "apiversion");
  if (!apiVersion && oddApi && /consul\.hashicorp\.com/.test(stringOf(oddApi.value) ?? "")) {
    out.consulLike = true;
    out.issues.push({
      ruleId: "parse-error",
      message: `"${oddApi.key}" must be spelled "apiVersion"; Kubernetes rejects an object without apiVersion`,
      range: oddApi.keyRange,
      subject: `${file.path}#${doc.index}#apiVersion`
    });
    return;
  }
  if (apiVersion && /(^|\.)consul\.hashicorp\.com\//.test(apiVersion)) {
    out.consulLike = true;
    const spec = kind && apiVersion.startsWith("consul.hashicorp.com/") ? kindSpecByCrd(kind) : void 0;
    if (!spec) {
      out.otherDocuments.push(doc);
      return;
    }
    normalizeCrd(file, doc, root, spec, kind, apiVersion, hint, out);
    return;
  }
  const consulKind = prop(root, "Kind");
  if (consulKind && KIND_NAMES.has(stringOf(consulKind.value) ?? "")) {
    normalizeConsulObject(file, doc, root, hint, out, "yaml");
    return;
  }
  out.otherDocuments.push(doc);
}
function normalizeCrd(file, doc, root, spec, crdKind, apiVersion, hint, out) {
  const kindProp = prop(root, "kind");
  const metadata = prop(root, "metadata")?.value;
  const md = metadata?.type === "object" ? metadata : void 0;
  const mdNameProp = md ? prop(md, "name") : void 0;
  const mdName = stringOf(mdNameProp?.value);
  const annotations = /* @__PURE__ */ new Map();
  const annObj = md ? prop(md, "annotations")?.value : void 0;
  if (annObj?.type === "object") {
    for (const p of annObj.props) {
      if (p.value.type === "string" || p.value.type === "number" || p.value.type === "boolean") {
        annotations.set(p.key, { value: String(p.value.value), at: loc(file, p.range, "") });
      }
    }
  }
  const specProp = prop(root, "spec");
  const specObj = specProp?.value.type === "object" ? specProp.value : void 0;
  const decoded = specObj ? decodeObject(specObj, crdFields(spec), { style: "crd", repeats: "last" }) : { value: { type: "object", node: root, fields: /* @__PURE__ */ new Map() }, issues: [] };
  for (const i of decoded.issues) if (i.code === "unknown-key") i.path = `spec.${i.path}`;
  if (specProp && !specObj && specProp.value.type !== "null") {
    decoded.issues.push({ code: "expected-object", path: "spec", message: "'spec' expected a map", range: specProp.value.range });
  }
  let name = mdName ?? "";
  let nameAt = mdNameProp ? loc(file, mdNameProp.range, "") : void 0;
  let namespace = hint.namespace || "default";
  if (spec.kind === "service-intentions") {
    const dest = decoded.value.fields.get("Destination");
    const dn = dest?.value.type === "object" ? dest.value.fields.get("Name") : void 0;
    const dns = dest?.value.type === "object" ? dest.value.fields.get("Namespace") : void 0;
    name = dn && dn.value.type === "scalar" && typeof dn.value.value === "string" ? dn.value.value : "";
    nameAt = dn ? loc(file, dn.props[dn.props.length - 1].range, "") : void 0;
    if (dns && dns.value.type === "scalar" && typeof dns.value.value === "string" && dns.value.value) namespace = dns.value.value;
  }
  if (spec.hasName === false) name = spec.kind;
  const partition = hint.partition || "default";
  const crd = {
    kind: crdKind,
    apiVersion,
    metadataName: mdName,
    metadataNameAt: mdNameProp ? loc(file, mdNameProp.range, "") : void 0,
    k8sNamespace: md ? stringOf(prop(md, "namespace")?.value) : void 0,
    annotations,
    spec: specObj
  };
  const entry = new ConfigEntry(
    crdKind,
    spec,
    name,
    partition,
    namespace,
    makeScope(partition, hint.datacenter),
    "crd",
    file.path,
    root.range,
    doc.index,
    loc(file, kindProp.range, ""),
    nameAt,
    decoded.value,
    root,
    decoded.issues,
    crd
  );
  fixSubjects(entry);
  if (crd.metadataNameAt) crd.metadataNameAt.subject = `${entry.subject}#metadata.name`;
  for (const a of annotations.values()) a.at.subject = `${entry.subject}#metadata.annotations`;
  out.entries.push(entry);
}

// src/parse/line-index.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  text;
  starts = [0];
  get lineCount() {
    return this.starts.length;
  }
  position(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1, offset: o };
  }
  range(startOffset, endOffset) {
    return { start: this.position(startOffset), end: this.position(endOffset) };
  }
  /** Offset of the first character of a 1-based line. */
  lineStart(line) {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }
};

// src/parse/hcl-plain.ts
var jsonModeRoots = /* @__PURE__ */ new WeakSet();
function markHclJsonRoot(root) {
  jsonModeRoots.add(root);
}
var HclDecodeError = class extends Error {
  constructor(message, range) {
    super(message);
    this.range = range;
    this.name = "HclDecodeError";
  }
  range;
};
var ITEM = 0;
var OLIST = 1;
var OTYPE = 2;
var LTYPE = 3;
var LIT = 4;
var T_NUMBER = 1;
var T_FLOAT = 2;
var T_BOOL = 3;
var T_STRING = 4;
var T_HEREDOC = 5;
function isLabelWrapper(v) {
  return v.type === "object" && v.props.length === 1 && v.props[0].keyRange.start.offset === v.range.start.offset;
}
function itemFromProp(p) {
  const keys = [{ s: p.key, src: p }];
  let v = p.value;
  while (isLabelWrapper(v)) {
    const q = v.props[0];
    keys.push({ s: q.key, src: q });
    v = q.value;
  }
  return { t: ITEM, keys, val: toG(v) };
}
function toG(n) {
  switch (n.type) {
    case "object":
      return { t: OTYPE, list: { t: OLIST, items: n.props.map(itemFromProp) }, src: n };
    case "array":
      return { t: LTYPE, elems: n.items.map(toG), src: n };
    default:
      return litFromScalar(n);
  }
}
function litFromScalar(n) {
  const raw = n.raw;
  let tok;
  let str2 = "";
  switch (n.type) {
    case "boolean":
      tok = T_BOOL;
      break;
    case "null":
      return { t: LIT, tok: T_STRING, text: "", str: "", src: n };
    case "number":
      tok = isFloatText(raw) ? T_FLOAT : T_NUMBER;
      break;
    default:
      tok = raw.startsWith("<<") ? T_HEREDOC : T_STRING;
      str2 = typeof n.value === "string" ? n.value : String(n.value);
  }
  const text = raw.includes("\r") ? raw.replace(/\r\n/g, "\n") : raw;
  return { t: LIT, tok, text, str: str2, src: n };
}
function isFloatText(raw) {
  let i = raw.charCodeAt(0) === 45 ? 1 : 0;
  if (raw.charCodeAt(i) === 48 && (raw.charCodeAt(i + 1) | 32) === 120) return false;
  for (; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return true;
  }
  return false;
}
function flattenWalk(n) {
  switch (n.t) {
    case OLIST:
      flattenList(n);
      for (const item of n.items) flattenWalk(item);
      break;
    case ITEM:
      flattenWalk(n.val);
      break;
    case OTYPE:
      flattenWalk(n.list);
      break;
    case LTYPE:
      for (const e of n.elems) flattenWalk(e);
      break;
    default:
      break;
  }
}
function flattenList(list2) {
  const items = [];
  const frontier = list2.items.slice();
  while (frontier.length > 0) {
    const item = frontier.pop();
    const v = item.val;
    if (v.t === OTYPE) {
      const sub = v.list.items;
      if (sub.length === 0 || sub.some((s) => s.val.t !== OTYPE)) items.push(item);
      else
        for (const s of sub) frontier.push({ t: ITEM, keys: item.keys.concat(s.keys), val: s.val });
    } else if (v.t === LTYPE) {
      if (v.elems.length === 0 || v.elems.some((e) => e.t !== OTYPE)) items.push(item);
      else for (const e of v.elems) frontier.push({ t: ITEM, keys: item.keys, val: e });
    } else {
      items.push(item);
    }
  }
  items.reverse();
  list2.items = items;
}
function decodeHclTree(root, options = {}) {
  const json = options.json ?? jsonModeRoots.has(root);
  const d = new Decoder(options.intSize ?? 64, options.invalid);
  let node;
  if (root.type === "object") {
    node = { t: OLIST, items: root.props.map(itemFromProp) };
  } else {
    node = toG(root);
  }
  if (json) flattenWalk(node);
  return d.decode("root", node, void 0, "none");
}
function describeNode(n) {
  switch (n.t) {
    case ITEM:
      return "a block";
    case OLIST:
      return "a labelled block";
    case OTYPE:
      return "an object";
    case LTYPE:
      return "a list";
    default:
      switch (n.tok) {
        case T_NUMBER:
        case T_FLOAT:
          return `the number ${n.text.trim()}`;
        case T_BOOL:
          return `the boolean ${n.text}`;
        case T_HEREDOC:
          return "a heredoc string";
        default:
          return n.src.type === "null" ? "null" : `the string ${n.src.raw}`;
      }
  }
}
function describeKind(v) {
  switch (v.k) {
    case "str":
      return "a string";
    case "int":
      return "an integer";
    case "float":
      return "a decimal number";
    case "bool":
      return "a boolean";
    case "map":
      return "an object";
    case "smap":
      return "a list of blocks";
    case "slice":
      return "a list";
  }
}
function nodeRange(n) {
  switch (n.t) {
    case ITEM:
      return n.keys[0]?.src.keyRange ?? nodeRange(n.val);
    case OLIST:
      return n.items[0] ? nodeRange(n.items[0]) : void 0;
    default:
      return n.src.range;
  }
}
function path5(name) {
  return name === "root" ? "the file" : `"${name.replace(/^root\./, "")}"`;
}
var Decoder = class {
  constructor(intSize, invalid) {
    this.intSize = intSize;
    this.invalid = invalid;
  }
  intSize;
  invalid;
  fail(message, at) {
    throw new HclDecodeError(message, at ? nodeRange(at) : void 0);
  }
  keyValue(k) {
    const bad = this.invalid?.get(k.src);
    if (bad !== void 0) throw new HclDecodeError(bad, k.src.keyRange);
    return k.s;
  }
  strValue(n) {
    const bad = this.invalid?.get(n.src);
    if (bad !== void 0) throw new HclDecodeError(bad, n.src.range);
    return n.str;
  }
  /** decoder.decode with an `interface{}` slot holding `old` (undefined: nil). */
  decode(name, node, old, top) {
    if (old === void 0) return this.decodeInterface(name, node, top);
    switch (old.k) {
      case "str":
        return this.decodeString(name, node, old);
      case "int":
        return this.decodeInt(name, node, old);
      case "float":
        return this.decodeFloat(name, node, old);
      case "bool":
        return this.decodeBool(name, node, old);
      case "map":
        return this.decodeMap(name, node, old);
      default:
        return this.decodeSlice(name, node, old);
    }
  }
  decodeInterface(name, node, top) {
    const test = node.t === OTYPE ? node.list : node;
    let set;
    switch (test.t) {
      case OLIST:
        set = top === "none" || top === "slice" ? { k: "map", v: /* @__PURE__ */ new Map() } : { k: "smap", v: [] };
        break;
      case LTYPE:
        set = { k: "slice", v: [] };
        break;
      case LIT:
        switch (test.tok) {
          case T_BOOL:
            set = { k: "bool", v: false };
            break;
          case T_FLOAT:
            set = { k: "float", v: 0 };
            break;
          case T_NUMBER:
            set = { k: "int", v: 0 };
            break;
          default:
            set = { k: "str", v: "" };
        }
        break;
      default:
        return this.fail(
          `${path5(name)} mixes a labelled block with a plain value inside a list; HCL v1 cannot decode this`,
          node
        );
    }
    return this.decode(name, node, set, top);
  }
  decodeMap(name, node, existing) {
    let list2;
    if (node.t === ITEM) list2 = { t: OLIST, items: [node] };
    else if (node.t === OTYPE) list2 = node.list;
    else if (node.t === OLIST) list2 = node;
    else
      return this.fail(
        `${path5(name)} is a list of blocks, so HCL v1 cannot add ${describeNode(node)} to it`,
        node
      );
    const m = existing ? existing.v : /* @__PURE__ */ new Map();
    const done = /* @__PURE__ */ new Set();
    for (const item of list2.items) {
      if (item.keys.length === 0) {
        return this.fail(
          `${path5(name)} is used both as a labelled block and as a plain value; HCL v1 cannot decode this`,
          item.val
        );
      }
      const keyStr = this.keyValue(item.keys[0]);
      if (done.has(keyStr)) continue;
      let itemVal = item.val;
      if (item.keys.length > 1) {
        itemVal = this.filter(list2, keyStr);
        done.add(keyStr);
      }
      const field = `${name}.${keyStr}`;
      const nv = this.decode(field, itemVal, m.get(keyStr), "other");
      m.set(keyStr, nv);
    }
    return { k: "map", v: m };
  }
  /** ObjectList.Filter(key): items whose first key equals `key` (Unicode case-folded). */
  filter(list2, keyStr) {
    if (!list2.index) {
      const index = /* @__PURE__ */ new Map();
      for (const item of list2.items) {
        if (item.keys.length < 1) continue;
        const f = foldKey(this.keyValue(item.keys[0]));
        const g = index.get(f);
        if (g) g.push(item);
        else index.set(f, [item]);
      }
      list2.index = index;
    }
    const group = list2.index.get(foldKey(keyStr)) ?? [];
    return { t: OLIST, items: group.map((it) => ({ t: ITEM, keys: it.keys.slice(1), val: it.val })) };
  }
  decodeSlice(name, node, sl) {
    let items;
    if (node.t === OLIST) items = node.items;
    else if (node.t === OTYPE) items = [node];
    else if (node.t === LTYPE) items = node.elems;
    else {
      const what2 = sl.k === "smap" ? "a list of blocks" : "a list";
      return this.fail(
        `${path5(name)} is repeated: its first value is ${what2}, and HCL v1 cannot add ${describeNode(node)} to it`,
        node
      );
    }
    let i = sl.v.length;
    for (const item of items) {
      const field = `${name}[${i++}]`;
      if (sl.k === "smap") sl.v.push(this.decodeMap(field, item, void 0));
      else sl.v.push(this.decode(field, item, void 0, "slice"));
    }
    return sl;
  }
  mismatch(name, node, old, extra = "") {
    return this.fail(
      `${path5(name)} is repeated: HCL v1 decodes a repeated key into the type of its first value (${describeKind(old)}), and cannot decode ${describeNode(node)} into it${extra}`,
      node
    );
  }
  decodeBool(name, node, old) {
    if (node.t === LIT && (node.tok === T_BOOL || node.tok === T_STRING || node.tok === T_NUMBER)) {
      const s = node.text.replace(/"/g, "").toLowerCase();
      if (s === "1" || s === "true") return { k: "bool", v: true };
      if (s === "0" || s === "false") return { k: "bool", v: false };
    }
    return this.mismatch(name, node, old);
  }
  decodeFloat(name, node, old) {
    if (node.t === LIT && (node.tok === T_FLOAT || node.tok === T_NUMBER)) {
      const r = parseGoFloat(node.text);
      if (typeof r === "number") return { k: "float", v: r };
      return this.fail(
        r === "range" ? `the number ${node.text.trim()} is too large for a 64-bit float` : `${JSON.stringify(node.text)} is not a valid number`,
        node
      );
    }
    return this.mismatch(name, node, old);
  }
  decodeInt(name, node, old) {
    if (node.t === LIT && (node.tok === T_NUMBER || node.tok === T_STRING)) {
      const s = node.tok === T_NUMBER ? node.text : this.strValue(node);
      const r = parseGoInt(s, this.intSize);
      if (typeof r === "number") return { k: "int", v: r };
      if (node.tok === T_STRING) return this.mismatch(name, node, old, ` (${JSON.stringify(s)} is not an integer)`);
      return this.fail(
        r === "range" ? `the number ${s} does not fit in a ${this.intSize}-bit integer` : `${JSON.stringify(s)} is not a valid integer`,
        node
      );
    }
    return this.mismatch(name, node, old);
  }
  decodeString(name, node, old) {
    if (node.t === LIT) {
      switch (node.tok) {
        case T_NUMBER:
        case T_FLOAT:
        case T_BOOL:
          return { k: "str", v: node.text };
        default:
          return { k: "str", v: this.strValue(node) };
      }
    }
    return this.mismatch(name, node, old);
  }
};
function foldKey(s) {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  let out = "";
  for (const ch of s) {
    const u = ch.toUpperCase();
    const base = [...u].length === 1 ? u : ch;
    const l = base.toLowerCase();
    out += [...l].length === 1 ? l : base;
  }
  return out;
}
var GO_FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
function parseGoFloat(s) {
  if (!GO_FLOAT.test(s)) return "syntax";
  const v = Number(s);
  if (!Number.isFinite(v)) return "range";
  return v;
}
var FAST_INT = /^[+-]?(?:0|[1-9]\d{0,14})$/;
function parseGoInt(s0, bits) {
  if (FAST_INT.test(s0)) {
    const n2 = Number(s0);
    if (bits === 32 && (n2 > 2147483647 || n2 < -2147483648)) return "range";
    return n2 === 0 ? 0 : n2;
  }
  let s = s0;
  if (s.length === 0) return "syntax";
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    s = s.slice(1);
    if (s.length === 0) return "syntax";
  }
  let base = 10;
  if (s[0] === "0" && s.length > 1 && (s[1] === "x" || s[1] === "X")) {
    if (s.length < 3) return "syntax";
    base = 16;
    s = s.slice(2);
  } else if (s[0] === "0") {
    base = 8;
  }
  let v = 0n;
  const b = BigInt(base);
  const limit = 1n << BigInt(bits - 1);
  let over = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 122) d = c - 87;
    else if (c >= 65 && c <= 90) d = c - 55;
    else return "syntax";
    if (d >= base) return "syntax";
    if (!over) {
      v = v * b + BigInt(d);
      if (v > limit) over = true;
    }
  }
  if (over || !neg && v >= limit || neg && v > limit) return "range";
  const n = Number(neg ? -v : v);
  return n === 0 ? 0 : n;
}

// src/parse/hcl.ts
var MAX_HCL_NESTING = 500;
var EOF = 1;
var IDENT = 3;
var NUMBER = 4;
var FLOAT = 5;
var BOOL = 6;
var STRING = 7;
var HEREDOC = 8;
var LBRACK = 9;
var LBRACE = 10;
var COMMA = 11;
var PERIOD = 12;
var RBRACK = 13;
var RBRACE = 14;
var ASSIGN = 15;
var ADD = 16;
var SUB = 17;
var COLON = 18;
var NULL = 19;
var Abort = class {
  constructor(message, start, end) {
    this.message = message;
    this.start = start;
    this.end = end;
  }
  message;
  start;
  end;
};
var PErr = class {
  constructor(message, start, end) {
    this.message = message;
    this.start = start;
    this.end = end;
  }
  message;
  start;
  end;
};
var EOF_SENT = /* @__PURE__ */ Symbol("EOF token found");
var letterCache = /* @__PURE__ */ new Map();
var digitCache = /* @__PURE__ */ new Map();
var RE_LETTER = new RegExp("^\\p{L}$", "u");
var RE_DIGIT = new RegExp("^\\p{Nd}$", "u");
function isLetter(c) {
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
  let v = letterCache.get(c);
  if (v === void 0) {
    v = RE_LETTER.test(String.fromCodePoint(c));
    letterCache.set(c, v);
  }
  return v;
}
function isDigit(c) {
  if (c < 128) return c >= 48 && c <= 57;
  let v = digitCache.get(c);
  if (v === void 0) {
    v = RE_DIGIT.test(String.fromCodePoint(c));
    digitCache.set(c, v);
  }
  return v;
}
function isDecimal(c) {
  return c >= 48 && c <= 57;
}
function isHex(c) {
  return c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}
function digitVal(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return 16;
}
function isGoSpace(c) {
  switch (c) {
    case 9:
    case 10:
    case 11:
    case 12:
    case 13:
    case 32:
    case 133:
    case 160:
    case 5760:
    case 8232:
    case 8233:
    case 8239:
    case 8287:
    case 12288:
      return true;
    default:
      return c >= 8192 && c <= 8202;
  }
}
var CHAR_NAMES = {
  9: "tab",
  11: "vertical tab",
  12: "form feed",
  160: "no-break space",
  8203: "zero-width space",
  8232: "line separator",
  8233: "paragraph separator",
  12288: "ideographic space",
  65279: "byte-order mark"
};
function showChar(c) {
  const hex = "U+" + c.toString(16).toUpperCase().padStart(4, "0");
  const name = CHAR_NAMES[c];
  if (name) return `${hex} (${name})`;
  if (c < 32 || c >= 127 && c < 160 || isGoSpace(c) || c >= 8203 && c <= 8207) return hex;
  return `"${String.fromCodePoint(c)}"`;
}
var TYPOGRAPHIC_QUOTES = /* @__PURE__ */ new Set([
  8220,
  8221,
  8222,
  8223,
  8243,
  8246,
  171,
  187,
  12317,
  12318,
  65282,
  8216,
  8217,
  8218,
  8219,
  8242,
  8245,
  8249,
  8250
]);
function illegalCharMessage(c) {
  if (TYPOGRAPHIC_QUOTES.has(c))
    return `HCL needs straight double quotes ("); found a typographic quote ${String.fromCodePoint(c)}`;
  if (c === 39) return `HCL strings need straight double quotes ("); single quotes (') are not allowed`;
  if (c === 65279) return "unexpected byte-order mark (U+FEFF); HCL v1 does not accept one";
  if (c === 58) return 'unexpected ":"; HCL v1 assigns values with "=" (key = value)';
  if (c === 65533) return "unexpected U+FFFD replacement character (the file is probably not valid UTF-8)";
  return `unexpected character ${showChar(c)}`;
}
function utf8Len(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
function pushUtf8(out, cp) {
  if (cp >= 55296 && cp <= 57343) cp = 65533;
  if (cp < 128) out.push(cp);
  else if (cp < 2048) out.push(192 | cp >> 6, 128 | cp & 63);
  else if (cp < 65536) out.push(224 | cp >> 12, 128 | cp >> 6 & 63, 128 | cp & 63);
  else out.push(240 | cp >> 18, 128 | cp >> 12 & 63, 128 | cp >> 6 & 63, 128 | cp & 63);
}
function decodeGoUtf8(b) {
  let out = "";
  let i = 0;
  const n = b.length;
  while (i < n) {
    const b0 = b[i];
    if (b0 < 128) {
      out += String.fromCharCode(b0);
      i++;
      continue;
    }
    let need = 0;
    let lo = 128;
    let hi = 191;
    let cp = 0;
    if (b0 >= 194 && b0 <= 223) {
      need = 1;
      cp = b0 & 31;
    } else if (b0 >= 224 && b0 <= 239) {
      need = 2;
      cp = b0 & 15;
      if (b0 === 224) lo = 160;
      else if (b0 === 237) hi = 159;
    } else if (b0 >= 240 && b0 <= 244) {
      need = 3;
      cp = b0 & 7;
      if (b0 === 240) lo = 144;
      else if (b0 === 244) hi = 143;
    }
    let ok = need > 0;
    if (ok) {
      for (let k = 1; k <= need; k++) {
        const bk = b[i + k];
        const l = k === 1 ? lo : 128;
        const h = k === 1 ? hi : 191;
        if (bk === void 0 || bk < l || bk > h) {
          ok = false;
          break;
        }
        cp = cp << 6 | bk & 63;
      }
    }
    if (ok) {
      out += String.fromCodePoint(cp);
      i += need + 1;
    } else {
      out += "�";
      i++;
    }
  }
  return out;
}
function unquote(text, json) {
  const s = text.slice(1, -1);
  const hasDollar = s.includes("$");
  if (json) {
    if (s.includes("\n")) return { ok: false, msg: "a string cannot span lines" };
    if (!s.includes("\\") && !s.includes('"')) return { ok: true, v: s };
  } else {
    if (!hasDollar && !s.includes("{") && s.includes("\n")) return { ok: false, msg: "a string cannot span lines" };
    if (!s.includes("\\") && !s.includes('"') && !hasDollar) return { ok: true, v: s };
  }
  const buf = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (!json && c === 36 && s.charCodeAt(i + 1) === 123) {
      buf.push(36, 123);
      i += 2;
      let braces = 1;
      while (i < n && braces > 0) {
        const cp = s.codePointAt(i);
        if (cp === 65533 || cp >= 55296 && cp <= 57343)
          return { ok: false, msg: 'invalid character U+FFFD inside "${...}"' };
        pushUtf8(buf, cp);
        i += cp > 65535 ? 2 : 1;
        if (cp === 123) braces++;
        else if (cp === 125) braces--;
      }
      if (braces !== 0) return { ok: false, msg: 'unclosed "${" in string' };
      continue;
    }
    if (c === 10) return { ok: false, msg: "a string cannot span lines" };
    if (c === 34) return { ok: false, msg: 'unescaped " inside a string' };
    if (c >= 128) {
      const cp = s.codePointAt(i);
      pushUtf8(buf, cp);
      i += cp > 65535 ? 2 : 1;
      continue;
    }
    if (c !== 92) {
      buf.push(c);
      i++;
      continue;
    }
    if (i + 1 >= n) return { ok: false, msg: "string ends with a lone backslash" };
    c = s.charCodeAt(i + 1);
    i += 2;
    switch (c) {
      case 97:
        buf.push(7);
        break;
      case 98:
        buf.push(8);
        break;
      case 102:
        buf.push(12);
        break;
      case 110:
        buf.push(10);
        break;
      case 114:
        buf.push(13);
        break;
      case 116:
        buf.push(9);
        break;
      case 118:
        buf.push(11);
        break;
      case 120:
      case 117:
      case 85: {
        const len = c === 120 ? 2 : c === 117 ? 4 : 8;
        if (n - i < len) return { ok: false, msg: "incomplete escape sequence" };
        let v = 0;
        for (let j = 0; j < len; j++) {
          const d = digitVal(s.charCodeAt(i + j));
          if (d >= 16) return { ok: false, msg: "invalid hexadecimal escape sequence" };
          v = v * 16 + d;
        }
        i += len;
        if (c === 120) buf.push(v);
        else if (v > 1114111) return { ok: false, msg: `escape \\U${s.slice(i - 8, i)} is beyond U+10FFFF` };
        else pushUtf8(buf, v);
        break;
      }
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55: {
        let v = c - 48;
        if (n - i < 2) return { ok: false, msg: "incomplete octal escape sequence" };
        for (let j = 0; j < 2; j++) {
          const x = s.charCodeAt(i + j) - 48;
          if (x < 0 || x > 7) return { ok: false, msg: "invalid octal escape sequence" };
          v = v << 3 | x;
        }
        i += 2;
        if (v > 255) return { ok: false, msg: `octal escape \\${s.slice(i - 3, i)} is above \\377` };
        buf.push(v);
        break;
      }
      case 92:
        buf.push(92);
        break;
      case 34:
        buf.push(34);
        break;
      default:
        return { ok: false, msg: `invalid escape sequence \\${String.fromCharCode(c)}` };
    }
  }
  return { ok: true, v: decodeGoUtf8(buf) };
}
function heredocValue(text) {
  const idx = text.indexOf("\n");
  const anchorAscii = !/[^\x00-\x7f]/.test(text.slice(0, idx));
  if (!anchorAscii) {
    const b = [];
    for (const ch of text) pushUtf8(b, ch.codePointAt(0));
    const bidx = b.indexOf(10);
    const unindent2 = b[2] === 45;
    if (!unindent2) return decodeGoUtf8(b.slice(bidx + 1, b.length - bidx + 1));
    return unindentLines(
      decodeGoUtf8(b.slice(bidx + 1, b.length - bidx + 2)),
      () => decodeGoUtf8(b.slice(bidx + 1, b.length - bidx + 1))
    );
  }
  const unindent = text.charCodeAt(2) === 45;
  if (!unindent) return text.slice(idx + 1, text.length - idx + 1);
  return unindentLines(text.slice(idx + 1, text.length - idx + 2), () => text.slice(idx + 1, text.length - idx + 1));
}
function unindentLines(body, asIs) {
  const lines = body.split("\n");
  const prefix = lines[lines.length - 1];
  for (const l of lines) {
    if (!l.startsWith(prefix)) return asIs().replace(/[ \t]+$/, "");
  }
  const out = lines.map((l, k) => k === lines.length - 1 ? "" : l.slice(prefix.length));
  return out.join("\n");
}
function heredocTerminates(line, anchor, identBytes) {
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 11 || c === 12 || c === 13) i++;
    else break;
  }
  if (!line.startsWith(anchor, i)) return false;
  for (let j = i + anchor.length; j < line.length; j++) if (line.charCodeAt(j) !== 13) return false;
  return utf8Len(line) >= identBytes;
}
var Reader = class {
  constructor(s) {
    this.s = s;
  }
  s;
  pos = 0;
  lastLen = 0;
  /** Reads at the end of input (Go moves the column on each; JSON mode compares positions). */
  eofReads = 0;
  read() {
    const s = this.s;
    const p = this.pos;
    if (p >= s.length) {
      this.lastLen = 0;
      this.eofReads++;
      return 0;
    }
    let c = s.charCodeAt(p);
    let size = 1;
    if (c >= 55296 && c <= 56319 && p + 1 < s.length) {
      const d = s.charCodeAt(p + 1);
      if (d >= 56320 && d <= 57343) {
        c = (c - 55296 << 10) + (d - 56320) + 65536;
        size = 2;
      }
    }
    this.pos = p + size;
    this.lastLen = size;
    return c;
  }
  unread() {
    this.pos -= this.lastLen;
  }
  peek() {
    const s = this.s;
    const p = this.pos;
    if (p >= s.length) return 0;
    const c = s.charCodeAt(p);
    if (c >= 55296 && c <= 56319 && p + 1 < s.length) {
      const d = s.charCodeAt(p + 1);
      if (d >= 56320 && d <= 57343) return (c - 55296 << 10) + (d - 56320) + 65536;
    }
    return c;
  }
  scanMantissa(ch) {
    let scanned = false;
    while (isDecimal(ch)) {
      ch = this.next();
      scanned = true;
    }
    if (scanned && ch !== 0) this.unread();
    return ch;
  }
  scanFraction(ch) {
    if (ch === 46) {
      ch = this.peek();
      ch = this.scanMantissa(ch);
    }
    return ch;
  }
  scanExponent(ch) {
    if (ch === 101 || ch === 69) {
      ch = this.next();
      if (ch === 45 || ch === 43) ch = this.next();
      ch = this.scanMantissa(ch);
    }
    return ch;
  }
  next() {
    return this.read();
  }
};
var HclScanner = class extends Reader {
  comments = [];
  next() {
    const c = this.read();
    if (c === 0 && this.lastLen === 1) throw new Abort("unexpected NUL character (0x00)", this.pos - 1, this.pos);
    if (c === 57635)
      throw new Abort("character U+E123 is reserved by HCL v1 and not allowed", this.pos - 1, this.pos);
    return c;
  }
  scan() {
    for (; ; ) {
      let ch = this.next();
      while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = this.next();
      const start = this.pos - this.lastLen;
      let type;
      if (isLetter(ch)) {
        this.scanIdentifier();
        const len = this.pos - start;
        type = len === 4 && this.s.startsWith("true", start) || len === 5 && this.s.startsWith("false", start) ? BOOL : IDENT;
      } else if (isDecimal(ch)) {
        type = this.scanNumber(ch);
      } else {
        switch (ch) {
          case 0:
            type = EOF;
            break;
          case 34:
            type = STRING;
            this.scanString(start);
            break;
          case 35:
          case 47:
            this.scanComment(ch, start);
            this.comments.push([start, this.pos]);
            continue;
          case 46:
            type = PERIOD;
            ch = this.peek();
            if (isDecimal(ch)) {
              type = FLOAT;
              ch = this.scanMantissa(ch);
              this.scanExponent(ch);
            }
            break;
          case 60:
            type = HEREDOC;
            this.scanHeredoc(start);
            break;
          case 91:
            type = LBRACK;
            break;
          case 93:
            type = RBRACK;
            break;
          case 123:
            type = LBRACE;
            break;
          case 125:
            type = RBRACE;
            break;
          case 44:
            type = COMMA;
            break;
          case 61:
            type = ASSIGN;
            break;
          case 43:
            type = ADD;
            break;
          case 45:
            if (isDecimal(this.peek())) {
              type = this.scanNumber(this.next());
            } else {
              type = SUB;
            }
            break;
          default:
            throw new Abort(illegalCharMessage(ch), start, this.pos);
        }
      }
      return { type, start, end: this.pos };
    }
  }
  scanIdentifier() {
    let ch = this.next();
    while (isLetter(ch) || isDigit(ch) || ch === 45 || ch === 46) ch = this.next();
    if (ch !== 0) this.unread();
  }
  scanNumber(ch) {
    const start = this.pos - this.lastLen;
    if (ch === 48) {
      ch = this.next();
      if (ch === 120 || ch === 88) {
        ch = this.next();
        let found = false;
        while (isHex(ch)) {
          ch = this.next();
          found = true;
        }
        if (!found) throw new Abort('"0x" must be followed by hexadecimal digits', start, this.pos);
        if (ch !== 0) this.unread();
        return NUMBER;
      }
      let illegalOctal = false;
      while (isDecimal(ch)) {
        ch = this.next();
        if (ch === 56 || ch === 57) illegalOctal = true;
      }
      if (ch === 101 || ch === 69) {
        this.scanExponent(ch);
        return FLOAT;
      }
      if (ch === 46) {
        ch = this.scanFraction(ch);
        if (ch === 101 || ch === 69) {
          ch = this.next();
          this.scanExponent(ch);
        }
        return FLOAT;
      }
      if (illegalOctal) {
        if (ch !== 0) this.unread();
        throw new Abort(
          "a number starting with 0 is octal in HCL v1, so it cannot contain the digits 8 or 9",
          start,
          this.pos
        );
      }
      if (ch !== 0) this.unread();
      return NUMBER;
    }
    this.scanMantissa(ch);
    ch = this.next();
    if (ch === 101 || ch === 69) {
      this.scanExponent(ch);
      return FLOAT;
    }
    if (ch === 46) {
      ch = this.scanFraction(ch);
      if (ch === 101 || ch === 69) {
        ch = this.next();
        this.scanExponent(ch);
      }
      return FLOAT;
    }
    if (ch !== 0) this.unread();
    return NUMBER;
  }
  scanString(start) {
    let braces = 0;
    for (; ; ) {
      const ch = this.next();
      if (ch === 10 && braces === 0 || ch === 0) {
        const end = ch === 10 ? this.pos - 1 : this.pos;
        throw new Abort(
          braces > 0 ? 'unterminated string: "${" is never closed by "}" and the closing " is missing' : 'unterminated string: the closing " is missing before the end of the line',
          start,
          end
        );
      }
      if (ch === 34 && braces === 0) break;
      if (braces === 0 && ch === 36 && this.peek() === 123) {
        braces++;
        this.next();
      } else if (braces > 0 && ch === 123) {
        braces++;
      }
      if (braces > 0 && ch === 125) braces--;
      if (ch === 92) this.scanEscape();
    }
  }
  scanEscape() {
    const at = this.pos - 1;
    const ch = this.next();
    switch (ch) {
      case 97:
      case 98:
      case 102:
      case 110:
      case 114:
      case 116:
      case 118:
      case 92:
      case 34:
        return;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
        this.scanDigits(ch, 8, 3, at);
        return;
      case 120:
        this.scanDigits(this.next(), 16, 2, at);
        return;
      case 117:
        this.scanDigits(this.next(), 16, 4, at);
        return;
      case 85:
        this.scanDigits(this.next(), 16, 8, at);
        return;
      default: {
        const shown = ch === 0 ? "" : String.fromCodePoint(ch);
        throw new Abort(
          `invalid escape sequence "\\${shown}" in string (HCL v1 knows \\n \\t \\r \\" \\\\ \\a \\b \\f \\v, \\x, \\u, \\U and octal)`,
          at,
          this.pos
        );
      }
    }
  }
  scanDigits(ch, base, n, at) {
    const start = n;
    while (n > 0 && digitVal(ch) < base) {
      ch = this.next();
      if (ch === 0) break;
      n--;
    }
    if (n > 0) {
      throw new Abort("incomplete escape sequence in string", at, Math.max(at + 2, this.pos - this.lastLen));
    }
    if (n !== start && ch !== 0) this.unread();
  }
  scanComment(ch, start) {
    if (ch === 35 || ch === 47 && this.peek() !== 42) {
      if (ch === 47 && this.peek() !== 47) {
        throw new Abort('a single "/" is not valid HCL; comments start with "#", "//" or "/*"', start, start + 1);
      }
      ch = this.next();
      while (ch !== 10 && ch !== 0) ch = this.next();
      if (ch !== 0) this.unread();
      return;
    }
    if (ch === 47) {
      this.next();
      ch = this.next();
    }
    for (; ; ) {
      if (ch === 0) throw new Abort('this "/*" comment is never closed by "*/"', start, start + 2);
      const ch0 = ch;
      ch = this.next();
      if (ch0 === 42 && ch === 47) break;
    }
  }
  scanHeredoc(start) {
    if (this.next() !== 60) {
      throw new Abort('"<" must start a heredoc such as <<EOF', start, start + 1);
    }
    const offs = this.pos;
    let ch = this.next();
    if (ch === 45) ch = this.next();
    while (isLetter(ch) || isDigit(ch)) ch = this.next();
    if (ch === 0) {
      throw new Abort("heredoc is never closed: the file ends on its first line", start, this.pos);
    }
    if (ch === 13 && this.peek() === 10) ch = this.next();
    if (ch !== 10) {
      throw new Abort(
        "a heredoc marker (such as <<EOF) must be followed directly by the end of the line",
        start,
        this.pos - this.lastLen
      );
    }
    const ident = this.s.slice(offs, this.pos - 1);
    if (ident === "" || ident === "-") {
      throw new Abort('a heredoc needs a marker name after "<<", such as <<EOF', start, this.pos - 1);
    }
    const indented = ident.charCodeAt(0) === 45;
    const anchor = indented ? ident.slice(1) : ident;
    const identBytes = utf8Len(ident);
    let lineStart = this.pos;
    for (; ; ) {
      ch = this.next();
      if (ch === 10) {
        const lineEnd = this.pos - 1;
        if (lineEnd - lineStart >= anchor.length && heredocTerminates(this.s.slice(lineStart, lineEnd), anchor, identBytes))
          break;
        lineStart = this.pos;
      }
      if (ch === 0) {
        const shown = anchor.replace(/\r+$/, "");
        throw new Abort(
          `heredoc <<${ident.replace(/\r+$/, "")} is never closed: it needs a line containing only ${shown}` + (indented ? " (indented by at least one space or tab, as HCL v1 requires for <<-)" : "") + ", followed by a line break",
          start,
          offs + ident.length
        );
      }
    }
  }
};
var JsonScanner = class extends Reader {
  scan() {
    let ch = this.next();
    while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = this.next();
    const start = this.pos - this.lastLen;
    let type;
    if (isLetter(ch)) {
      let c = this.next();
      while (isLetter(c) || isDigit(c) || c === 45) c = this.next();
      if (c !== 0) this.unread();
      const lit = this.s.slice(start, this.pos);
      if (lit === "true" || lit === "false") type = BOOL;
      else if (lit === "null") type = NULL;
      else
        throw new Abort(
          `unexpected ${JSON.stringify(lit)}: this file starts with "{", so HCL v1 reads it as JSON, where keys and strings need double quotes`,
          start,
          this.pos
        );
    } else if (isDecimal(ch)) {
      type = this.scanNumber(ch, start);
    } else {
      switch (ch) {
        case 0:
          type = EOF;
          break;
        case 34:
          type = STRING;
          this.scanString(start);
          break;
        case 46:
          type = PERIOD;
          ch = this.peek();
          if (isDecimal(ch)) {
            type = FLOAT;
            ch = this.scanMantissa(ch);
            this.scanExponent(ch);
          }
          break;
        case 91:
          type = LBRACK;
          break;
        case 93:
          type = RBRACK;
          break;
        case 123:
          type = LBRACE;
          break;
        case 125:
          type = RBRACE;
          break;
        case 44:
          type = COMMA;
          break;
        case 58:
          type = COLON;
          break;
        case 45:
          if (isDecimal(this.peek())) {
            type = this.scanNumber(this.next(), start);
          } else {
            throw new Abort('"-" must be followed by a number', start, this.pos);
          }
          break;
        default:
          throw new Abort(
            `${illegalCharMessage(ch)} (this file starts with "{", so HCL v1 reads it as JSON)`,
            start,
            this.pos
          );
      }
    }
    return { type, start, end: this.pos };
  }
  scanNumber(ch, start) {
    const zero = ch === 48;
    const p0 = this.pos;
    const e0 = this.eofReads;
    this.scanMantissa(ch);
    ch = this.next();
    if (ch === 101 || ch === 69) {
      this.scanExponent(ch);
      return FLOAT;
    }
    if (ch === 46) {
      ch = this.scanFraction(ch);
      if (ch === 101 || ch === 69) {
        ch = this.next();
        this.scanExponent(ch);
      }
      return FLOAT;
    }
    if (ch !== 0) this.unread();
    if (zero && (p0 !== this.pos || e0 !== this.eofReads)) {
      throw new Abort("numbers cannot start with 0 in JSON", start, this.pos);
    }
    return NUMBER;
  }
  scanString(start) {
    for (; ; ) {
      const ch = this.next();
      if (ch === 10 || ch === 0) {
        throw new Abort(
          'unterminated string: the closing " is missing before the end of the line',
          start,
          ch === 10 ? this.pos - 1 : this.pos
        );
      }
      if (ch === 34) break;
      if (ch === 92) this.scanEscape();
    }
  }
  scanEscape() {
    const at = this.pos - 1;
    const ch = this.next();
    switch (ch) {
      case 97:
      case 98:
      case 102:
      case 110:
      case 114:
      case 116:
      case 118:
      case 92:
      case 34:
        return;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
        this.scanDigits(ch, 8, 3, at);
        return;
      case 120:
        this.scanDigits(this.next(), 16, 2, at);
        return;
      case 117:
        this.scanDigits(this.next(), 16, 4, at);
        return;
      case 85:
        this.scanDigits(this.next(), 16, 8, at);
        return;
      default:
        throw new Abort(
          `invalid escape sequence "\\${ch === 0 ? "" : String.fromCodePoint(ch)}" in string`,
          at,
          this.pos
        );
    }
  }
  scanDigits(ch, base, n, at) {
    const eof0 = this.eofReads;
    while (n > 0 && digitVal(ch) < base) {
      ch = this.next();
      n--;
    }
    if (n > 0 || this.eofReads !== eof0 || this.lastLen === 0) {
      throw new Abort("incomplete escape sequence in string", at, Math.max(at + 2, this.pos));
    }
    this.unread();
  }
};
var DESCR = {
  [EOF]: "the end of the file",
  [LBRACK]: '"["',
  [LBRACE]: '"{"',
  [COMMA]: '","',
  [PERIOD]: '"."',
  [RBRACK]: '"]"',
  [RBRACE]: '"}"',
  [ASSIGN]: '"="',
  [ADD]: '"+"',
  [SUB]: '"-"',
  [COLON]: '":"',
  [NULL]: "null"
};
var Builder = class {
  constructor(s, orig, lines, origOff, json) {
    this.s = s;
    this.orig = orig;
    this.lines = lines;
    this.origOff = origOff;
    this.json = json;
  }
  s;
  orig;
  lines;
  origOff;
  json;
  invalid = /* @__PURE__ */ new Map();
  warnings = [];
  depth = 0;
  os(i) {
    const m = this.origOff;
    if (!m) return i;
    return i >= m.length ? this.orig.length : m[i];
  }
  oe(i) {
    const m = this.origOff;
    if (!m) return i;
    if (i <= 0) return 0;
    return m[i - 1] + 1;
  }
  range(start, end) {
    return this.lines.range(this.os(start), this.oe(end));
  }
  text(t) {
    return this.s.slice(t.start, t.end);
  }
  describe(t) {
    const d = DESCR[t.type];
    if (d) return d;
    let x = this.text(t);
    if (t.type === HEREDOC) return "a heredoc";
    if (x.length > 40) x = x.slice(0, 37) + "...";
    switch (t.type) {
      case STRING:
        return `the string ${x}`;
      case NUMBER:
      case FLOAT:
        return `the number ${x.trim()}`;
      case BOOL:
        return x;
      default:
        return `"${x}"`;
    }
  }
  enter(start, end) {
    if (++this.depth > MAX_HCL_NESTING) {
      throw new Abort(`nesting deeper than ${MAX_HCL_NESTING} levels`, start, end);
    }
  }
  leave() {
    this.depth--;
  }
  literal(t) {
    const text = this.text(t);
    let end = t.end;
    let type;
    let value;
    switch (t.type) {
      case BOOL:
        type = "boolean";
        value = text === "true";
        break;
      case NULL:
        type = "null";
        value = null;
        break;
      case NUMBER:
        type = "number";
        value = intValue(text);
        break;
      case FLOAT:
        type = "number";
        value = Number(text);
        break;
      case HEREDOC:
        type = "string";
        value = heredocValue(text);
        end = t.end - 1;
        break;
      default: {
        type = "string";
        const u = unquote(text, this.json);
        value = u.ok ? u.v : text.slice(1, -1);
        const node = { type, value, range: this.range(t.start, end), raw: this.rawOf(t.start, end) };
        if (!u.ok) this.invalid.set(node, `${u.msg}: ${text}`);
        return node;
      }
    }
    return { type, value, range: this.range(t.start, end), raw: this.rawOf(t.start, end) };
  }
  rawOf(start, end) {
    return this.origOff ? this.orig.slice(this.os(start), this.oe(end)) : this.s.slice(start, end);
  }
  /** A property for one or more keys (block labels become nested objects). */
  property(keys, value, valueEnd, block) {
    let v = value;
    for (let i = keys.length - 1; i >= 1; i--) {
      const p = this.prop(keys[i], v, valueEnd, true);
      v = { type: "object", range: this.range(keys[i].start, valueEnd), props: [p] };
    }
    return this.prop(keys[0], v, valueEnd, block || keys.length > 1);
  }
  prop(k, value, valueEnd, block) {
    const text = this.text(k);
    let key = text;
    let bad;
    if (k.type === STRING) {
      const u = unquote(text, this.json);
      if (u.ok) key = u.v;
      else {
        key = text.slice(1, -1);
        bad = `${u.msg}: ${text}`;
      }
    }
    const p = {
      key,
      keyRange: this.range(k.start, k.end),
      value,
      range: this.range(k.start, valueEnd)
    };
    if (block) p.block = true;
    if (bad !== void 0) this.invalid.set(p, bad);
    return p;
  }
};
function intValue(text) {
  let s = text;
  let neg = false;
  if (s.charCodeAt(0) === 45) {
    neg = true;
    s = s.slice(1);
  }
  let v;
  if (s.length > 1 && s.charCodeAt(0) === 48) {
    if ((s.charCodeAt(1) | 32) === 120) v = parseInt(s.slice(2), 16);
    else v = parseInt(s, 8);
  } else v = Number(s);
  if (neg) v = -v;
  return v === 0 ? 0 : v;
}
var HclParser = class {
  constructor(sc, b) {
    this.sc = sc;
    this.b = b;
  }
  sc;
  b;
  tok = { type: EOF, start: 0, end: 0 };
  n = 0;
  scan() {
    if (this.n !== 0) {
      this.n = 0;
      return this.tok;
    }
    this.tok = this.sc.scan();
    return this.tok;
  }
  unscan() {
    this.n = 1;
  }
  parse() {
    const props = [];
    const err = this.objectList(false, props);
    return { props, err };
  }
  objectList(obj2, out) {
    for (; ; ) {
      if (obj2) {
        const t2 = this.scan();
        this.unscan();
        if (t2.type === RBRACE) break;
      }
      const r = this.objectItem();
      if (r === EOF_SENT) break;
      if (r instanceof PErr) return r;
      out.push(r);
      const t = this.scan();
      if (t.type !== COMMA) this.unscan();
    }
    return null;
  }
  objectItem() {
    const keys = [];
    let err = this.objectKey(keys);
    if (keys.length > 0 && err === EOF_SENT) err = null;
    let closedByBrace = false;
    if (keys.length > 0 && err !== null && this.tok.type === RBRACE) {
      err = null;
      closedByBrace = true;
      this.tok = { ...this.tok, type: EOF };
    }
    if (err !== null) return err;
    const t = this.tok;
    const labels = keys.length - 1;
    this.b.depth += labels;
    if (this.b.depth > MAX_HCL_NESTING) {
      throw new Abort(`nesting deeper than ${MAX_HCL_NESTING} levels`, keys[0].start, keys[keys.length - 1].end);
    }
    try {
      switch (t.type) {
        case ASSIGN: {
          const v = this.object(t);
          if (v === EOF_SENT) {
            this.b.warnings.push(
              new PErr(
                `"${this.b.text(keys[0])} =" has no value before the end of the file; HCL v1 ignores it`,
                keys[0].start,
                t.end
              )
            );
            return EOF_SENT;
          }
          if (v instanceof PErr) return v;
          return this.b.property(keys, v.node, v.end, false);
        }
        case LBRACE: {
          const v = this.objectType();
          if (v instanceof PErr) return v;
          return this.b.property(keys, v.node, v.end, true);
        }
        default: {
          const k = this.b.text(keys[0]);
          const where2 = closedByBrace ? '"}"' : this.b.describe(t);
          if (keys.length === 1) {
            return new PErr(`missing "=" after key ${k}: expected "=" or "{", found ${where2}`, t.start, t.end);
          }
          return new PErr(
            `expected "{" after the block header ${keys.map((x) => this.b.text(x)).join(" ")}, found ${where2}`,
            t.start,
            t.end
          );
        }
      }
    } finally {
      this.b.depth -= labels;
    }
  }
  objectKey(keys) {
    for (; ; ) {
      const t = this.scan();
      switch (t.type) {
        case EOF:
          return EOF_SENT;
        case ASSIGN:
          if (keys.length > 1) {
            const k0 = this.b.text(keys[0]);
            const k1 = keys[1];
            return new PErr(
              `missing "=" after key ${k0}: HCL v1 reads ${keys.map((x) => this.b.text(x)).join(" ")} as a block header, which must be followed by "{", but "=" follows`,
              k1.start,
              k1.end
            );
          }
          if (keys.length === 0) return new PErr('found "=" without a key before it', t.start, t.end);
          return null;
        case LBRACE:
          if (keys.length === 0) {
            return new PErr('found "{" without a key before it (a block needs a name: name { ... })', t.start, t.end);
          }
          return null;
        case IDENT:
        case STRING:
          keys.push(t);
          break;
        default:
          if (keys.length > 0) {
            return new PErr(
              `missing "=" after key ${this.b.text(keys[0])}: expected "=" or "{", found ${this.b.describe(t)}`,
              t.start,
              t.end
            );
          }
          if (t.type === RBRACE) return new PErr('unexpected "}": there is no open block to close', t.start, t.end);
          return new PErr(`expected a key, found ${this.b.describe(t)}`, t.start, t.end);
      }
    }
  }
  object(assign) {
    const t = this.scan();
    switch (t.type) {
      case NUMBER:
      case FLOAT:
      case BOOL:
      case STRING:
      case HEREDOC: {
        const node = this.b.literal(t);
        return { node, end: t.type === HEREDOC ? t.end - 1 : t.end };
      }
      case LBRACE:
        return this.objectType();
      case LBRACK:
        return this.listType();
      case EOF:
        return EOF_SENT;
      default:
        break;
    }
    if (t.type === IDENT) {
      return new PErr(
        `expected a value after "=", found ${this.b.describe(t)}; HCL v1 strings need double quotes ("${this.b.text(t)}")`,
        t.start,
        t.end
      );
    }
    if (t.type === RBRACE) return new PErr(`missing value after "="`, assign.start, assign.end);
    return new PErr(`expected a value after "=", found ${this.b.describe(t)}`, t.start, t.end);
  }
  objectType() {
    const lbrace = this.tok;
    this.b.enter(lbrace.start, lbrace.end);
    const props = [];
    const err = this.objectList(true, props);
    if (err !== null && this.tok.type !== RBRACE) {
      this.b.leave();
      return err;
    }
    const t = this.scan();
    if (t.type !== RBRACE) {
      this.b.leave();
      if (err !== null) return err;
      if (t.type === EOF) {
        return new PErr('this "{" is never closed: expected "}" before the end of the file', lbrace.start, lbrace.end);
      }
      const line = this.b.range(lbrace.start, lbrace.end).start.line;
      return new PErr(`expected "}" to close the "{" on line ${line}, found ${this.b.describe(t)}`, t.start, t.end);
    }
    if (err !== null) {
      this.b.warnings.push(
        new PErr(
          `HCL v1 accepts this only by dropping part of the block: ${err.message}`,
          err.start,
          err.end
        )
      );
    }
    this.b.leave();
    return { node: { type: "object", range: this.b.range(lbrace.start, t.end), props }, end: t.end };
  }
  listType() {
    const lbrack = this.tok;
    this.b.enter(lbrack.start, lbrack.end);
    try {
      const items = [];
      let needComma = false;
      for (; ; ) {
        const t = this.scan();
        if (needComma && t.type !== COMMA && t.type !== RBRACK) {
          if (t.type === EOF) return this.unclosedList(lbrack);
          return new PErr(`expected "," or "]" after a list item, found ${this.b.describe(t)}`, t.start, t.end);
        }
        switch (t.type) {
          case BOOL:
          case NUMBER:
          case FLOAT:
          case STRING:
          case HEREDOC:
            items.push(this.b.literal(t));
            needComma = true;
            break;
          case COMMA:
            needComma = false;
            continue;
          case LBRACE: {
            const o = this.objectType();
            if (o instanceof PErr) return o;
            items.push(o.node);
            needComma = true;
            break;
          }
          case LBRACK: {
            const l = this.listType();
            if (l instanceof PErr) return l;
            items.push(l.node);
            break;
          }
          case RBRACK:
            return { node: { type: "array", range: this.b.range(lbrack.start, t.end), items }, end: t.end };
          default:
            if (t.type === EOF) return this.unclosedList(lbrack);
            if (t.type === IDENT) {
              return new PErr(
                `unexpected ${this.b.describe(t)} in list; HCL v1 strings need double quotes ("${this.b.text(t)}")`,
                t.start,
                t.end
              );
            }
            return new PErr(`unexpected ${this.b.describe(t)} in list`, t.start, t.end);
        }
      }
    } finally {
      this.b.leave();
    }
  }
  unclosedList(lbrack) {
    return new PErr('this "[" is never closed: expected "]" before the end of the file', lbrack.start, lbrack.end);
  }
};
var JsonParser = class {
  constructor(sc, b) {
    this.sc = sc;
    this.b = b;
  }
  sc;
  b;
  tok = { type: EOF, start: 0, end: 0 };
  scan() {
    this.tok = this.sc.scan();
    return this.tok;
  }
  parse() {
    const t = this.scan();
    if (t.type !== LBRACE) {
      return new PErr(`expected "{", found ${this.b.describe(t)}`, t.start, t.end);
    }
    const o = this.objectType();
    if (o instanceof PErr) return o;
    return o.node;
  }
  /** End of the last value read, for objects that HCL v1 ends without a "}". */
  lastEnd = 0;
  objectList(out) {
    for (; ; ) {
      const r = this.objectItem();
      if (r === EOF_SENT) break;
      if (r instanceof PErr) return r;
      out.push(r.prop);
      this.lastEnd = r.end;
      const t = this.scan();
      if (t.type !== COMMA) break;
    }
    return null;
  }
  objectItem() {
    const keys = [];
    const err = this.objectKey(keys);
    if (err !== null) return err;
    this.b.depth += keys.length - 1;
    try {
      if (this.b.depth > MAX_HCL_NESTING) {
        throw new Abort(`nesting deeper than ${MAX_HCL_NESTING} levels`, keys[0].start, keys[keys.length - 1].end);
      }
      const v = this.objectValue();
      if (v === EOF_SENT || v instanceof PErr) return v;
      return { prop: this.b.property(keys, v.node, v.end, false), end: v.end };
    } finally {
      this.b.depth -= keys.length - 1;
    }
  }
  objectKey(keys) {
    for (; ; ) {
      const t = this.scan();
      switch (t.type) {
        case EOF:
          return EOF_SENT;
        case STRING:
          keys.push(t);
          break;
        case COLON:
          if (keys.length === 0) return new PErr('found ":" without a key before it', t.start, t.end);
          return null;
        default:
          if (keys.length > 0) {
            return new PErr(`expected ":" after the key, found ${this.b.describe(t)}`, t.start, t.end);
          }
          return new PErr(`expected a quoted key, found ${this.b.describe(t)}`, t.start, t.end);
      }
    }
  }
  objectValue() {
    const t = this.scan();
    switch (t.type) {
      case NUMBER:
      case FLOAT:
      case BOOL:
      case NULL:
      case STRING:
        return { node: this.b.literal(t), end: t.end };
      case LBRACE:
        return this.objectType();
      case LBRACK:
        return this.listType();
      case EOF:
        return EOF_SENT;
      default:
        return new PErr(`expected a value, found ${this.b.describe(t)}`, t.start, t.end);
    }
  }
  objectType() {
    const lbrace = this.tok;
    this.b.enter(lbrace.start, lbrace.end);
    const props = [];
    this.lastEnd = lbrace.end;
    const err = this.objectList(props);
    this.b.leave();
    if (err !== null && this.tok.type !== RBRACE) return err;
    const t = this.tok;
    let end;
    if (t.type === RBRACE) {
      end = t.end;
    } else {
      end = this.lastEnd;
      if (t.type !== EOF) {
        this.b.warnings.push(
          new PErr(
            `HCL v1 (JSON mode, as the file starts with "{") stops reading this object at ${this.b.describe(t)} and ignores what follows`,
            t.start,
            t.end
          )
        );
      }
    }
    if (err !== null) {
      this.b.warnings.push(new PErr(`HCL v1 (JSON mode) drops part of this object: ${err.message}`, err.start, err.end));
    }
    return { node: { type: "object", range: this.b.range(lbrace.start, end), props }, end };
  }
  listType() {
    const lbrack = this.tok;
    this.b.enter(lbrack.start, lbrack.end);
    try {
      const items = [];
      for (; ; ) {
        const t = this.scan();
        switch (t.type) {
          case NUMBER:
          case FLOAT:
          case STRING:
            items.push(this.b.literal(t));
            break;
          case COMMA:
            continue;
          case LBRACE: {
            const o = this.objectType();
            if (o instanceof PErr) return o;
            items.push(o.node);
            break;
          }
          case BOOL:
          case LBRACK:
            this.b.warnings.push(
              new PErr(
                `HCL v1 (JSON mode) silently drops ${t.type === BOOL ? "booleans" : 'the "[" of nested lists'} inside lists`,
                t.start,
                t.end
              )
            );
            break;
          case RBRACK:
            return { node: { type: "array", range: this.b.range(lbrack.start, t.end), items }, end: t.end };
          default:
            if (t.type === EOF) {
              return new PErr('this "[" is never closed: expected "]" before the end of the file', lbrack.start, lbrack.end);
            }
            return new PErr(`unexpected ${this.b.describe(t)} in list`, t.start, t.end);
        }
      }
    } finally {
      this.b.leave();
    }
  }
};
function isJsonMode(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isGoSpace(c)) continue;
    return c === 123;
  }
  return false;
}
function commentText(raw) {
  if (raw.startsWith("#")) return raw.slice(1).trim();
  if (raw.startsWith("/*")) return raw.slice(2, raw.endsWith("*/") && raw.length >= 4 ? -2 : void 0).trim();
  return raw.slice(2).trim();
}
function parseHcl(text, lines, options = {}) {
  const comments = [];
  const json = isJsonMode(text);
  let b;
  let sc;
  const fail = (message, start, end, mapped = true) => {
    const range = mapped && b ? b.range(start, end) : lines.range(start, end);
    return { documents: [], comments, problems: [{ message, range, fatal: true }] };
  };
  try {
    let root;
    if (json) {
      b = new Builder(text, text, lines, void 0, true);
      const r = new JsonParser(new JsonScanner(text), b).parse();
      if (r instanceof PErr) return fail(r.message, r.start, r.end);
      root = r;
    } else {
      let s = text;
      let origOff;
      if (text.includes("\r\n")) {
        s = text.replace(/\r\n/g, "\n");
        origOff = new Int32Array(s.length);
        let j = 0;
        for (let i = 0; i < text.length; i++) {
          if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) continue;
          origOff[j++] = i;
        }
      }
      b = new Builder(s, text, lines, origOff, false);
      sc = new HclScanner(s);
      const r = new HclParser(sc, b).parse();
      const bb2 = b;
      for (const [cs, ce] of sc.comments) {
        comments.push({ text: commentText(bb2.rawOf(cs, ce)), range: bb2.range(cs, ce) });
      }
      if (r.err) return fail(r.err.message, r.err.start, r.err.end);
      root = { type: "object", range: lines.range(0, text.length), props: r.props };
    }
    try {
      decodeHclTree(root, { json, intSize: options.intSize ?? 64, invalid: b.invalid });
    } catch (e) {
      if (e instanceof HclDecodeError) {
        const range = e.range ?? lines.range(0, 0);
        return { documents: [], comments, problems: [{ message: e.message, range, fatal: true }] };
      }
      throw e;
    }
    if (json) markHclJsonRoot(root);
    const bb = b;
    const problems = b.warnings.map((w) => ({
      message: w.message,
      range: bb.range(w.start, w.end),
      fatal: false
    }));
    return {
      documents: [{ index: 0, root, range: lines.range(0, text.length) }],
      comments,
      problems
    };
  } catch (e) {
    if (e instanceof Abort) {
      if (sc && b && comments.length === 0) {
        const bb = b;
        for (const [cs, ce] of sc.comments) comments.push({ text: commentText(bb.rawOf(cs, ce)), range: bb.range(cs, ce) });
      }
      return fail(e.message, e.start, e.end);
    }
    const message = e instanceof Error ? e.message : String(e);
    return fail(`internal error while parsing HCL: ${message}`, 0, 0, false);
  }
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit2(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit2(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit2(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit2(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit2(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code2 = text.charCodeAt(pos);
    if (isWhiteSpace(code2)) {
      do {
        pos++;
        value += String.fromCharCode(code2);
        code2 = text.charCodeAt(pos);
      } while (isWhiteSpace(code2));
      return token = 15;
    }
    if (isLineBreak(code2)) {
      pos++;
      value += String.fromCharCode(code2);
      if (code2 === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code2) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code2);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code2);
        pos++;
        if (pos === len || !isDigit2(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code2)) {
          pos++;
          code2 = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code2);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code2) {
    if (isWhiteSpace(code2) || isLineBreak(code2)) {
      return false;
    }
    switch (code2) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit2(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));

// node_modules/jsonc-parser/lib/esm/main.js
var createScanner2 = createScanner;
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));

// src/parse/json.ts
var JSON_MAX_DEPTH = 500;
var MAX_PROBLEMS = 100;
var GO_NOTE = "Consul reads .json entries with Go's encoding/json";
var K = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  Colon: 6,
  Null: 7,
  True: 8,
  False: 9,
  String: 10,
  Number: 11,
  LineComment: 12,
  BlockComment: 13,
  LineBreak: 14,
  Trivia: 15,
  Unknown: 16,
  EOF: 17
};
var SCAN_UNEXPECTED_END_OF_COMMENT = 1;
var SCAN_UNEXPECTED_END_OF_STRING = 2;
var Stop = class extends Error {
};
var NUMBER_RE = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
var LOOSE_NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d*)?$/;
var IDENT_RE = /^[A-Za-z_$][\w$.-]*$/;
var LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function isDelimiter(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 123 || c === 125 || c === 91 || c === 93 || c === 44 || c === 58 || c === 34 || c === 47;
}
function isLineBreak2(c) {
  return c === 10 || c === 13;
}
function describeChar(text, offset) {
  const cp = text.codePointAt(offset);
  if (cp === void 0) return "end of file";
  const invisible = cp < 32 || cp >= 127 && cp <= 160 || cp === 173 || cp >= 8192 && cp <= 8207 || cp === 8232 || cp === 8233 || cp === 8239 || cp === 8287 || cp === 12288 || cp === 65279;
  if (invisible) return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  return `'${String.fromCodePoint(cp)}'`;
}
var CONTROL_NAMES = {
  8: "a backspace, write \\b",
  9: "a tab, write \\t",
  10: "a line feed, write \\n",
  12: "a form feed, write \\f",
  13: "a carriage return, write \\r"
};
var JsonParser2 = class {
  constructor(text, lines, opts2) {
    this.text = text;
    this.lines = lines;
    this.opts = opts2;
    this.scanner = createScanner2(text, false);
    this.hasUnicodeEscape = text.includes("\\u");
  }
  text;
  lines;
  opts;
  scanner;
  problems = [];
  comments = [];
  stack = [];
  /** End offset of the last significant token, for end-of-file positions. */
  lastEnd = 0;
  /** The text contains `\u` somewhere (else strings need no surrogate check). */
  hasUnicodeEscape;
  run() {
    let root;
    if (this.opts.hadBom) {
      this.report(
        this.range(0, 0),
        `the file starts with a UTF-8 byte order mark (BOM), which JSON does not allow; ${GO_NOTE}, which rejects it. Save the file as UTF-8 without BOM`
      );
    }
    try {
      root = this.parse();
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      root = void 0;
    }
    const fatal = this.problems.some((p) => p.fatal);
    return {
      documents: root && !fatal ? [{ index: 0, root, range: root.range }] : [],
      comments: this.comments,
      problems: this.problems
    };
  }
  // ---------------------------------------------------------------- problems
  range(start, end) {
    return this.lines.range(start, end);
  }
  report(range, message) {
    if (this.problems.length >= MAX_PROBLEMS) return;
    this.problems.push({ message, range, fatal: true });
  }
  fail(start, end, message) {
    this.report(this.range(start, end), message);
    throw new Stop();
  }
  // ------------------------------------------------------------------ tokens
  /** Next significant token; comments are recorded (and reported) on the way. */
  next() {
    const s = this.scanner;
    for (; ; ) {
      const kind = s.scan();
      const start = s.getTokenOffset();
      const end = start + s.getTokenLength();
      if (kind === K.Trivia || kind === K.LineBreak) continue;
      if (kind === K.LineComment) {
        this.addComment(start, end, this.text.slice(start + 2, end));
        continue;
      }
      if (kind === K.BlockComment) {
        const closed = s.getTokenError() !== SCAN_UNEXPECTED_END_OF_COMMENT;
        this.addComment(start, end, this.text.slice(start + 2, closed ? end - 2 : end));
        if (!closed) {
          this.fail(start, start + 2, "unexpected end of file: the /* comment is never closed with */");
        }
        continue;
      }
      if (kind === K.Unknown && this.text.charCodeAt(start) === 35) {
        let eol = start;
        while (eol < this.text.length && !isLineBreak2(this.text.charCodeAt(eol))) eol++;
        this.addComment(start, eol, this.text.slice(start + 1, eol));
        s.setPosition(eol);
        continue;
      }
      if (kind !== K.EOF) this.lastEnd = end;
      return { kind, start, end, value: s.getTokenValue(), scanError: s.getTokenError() };
    }
  }
  addComment(start, end, body) {
    const range = this.range(start, end);
    this.comments.push({ text: body.trim(), range });
    this.report(range, `JSON does not allow comments; ${GO_NOTE}`);
  }
  /** End of the "word" that starts at `start` (what a bare literal would span). */
  wordEnd(start) {
    let i = start;
    const t = this.text;
    while (i < t.length && !isDelimiter(t.charCodeAt(i))) i++;
    if (i === start) i = start + (t.codePointAt(start) > 65535 ? 2 : 1);
    return i;
  }
  lineEnd(offset) {
    let i = offset;
    while (i < this.text.length && !isLineBreak2(this.text.charCodeAt(i))) i++;
    return i;
  }
  describeToken(tok) {
    if (tok.kind === K.EOF) return "end of file";
    return describeChar(this.text, tok.start);
  }
  // ------------------------------------------------------------------ values
  scalar(type, value, start, end) {
    return { type, value, range: this.range(start, end), raw: this.text.slice(start, end) };
  }
  /** A double-quoted string token: checks Go's string rules and returns its value. */
  stringToken(tok) {
    if (tok.scanError === SCAN_UNEXPECTED_END_OF_STRING) {
      if (tok.end >= this.text.length) {
        this.fail(tok.start, tok.end, 'unexpected end of file inside a string: the closing " is missing');
      }
      this.fail(tok.start, tok.end, 'string is not closed: the closing " is missing before the end of the line');
    }
    if (tok.scanError !== 0) this.checkString(tok.start + 1, tok.end - 1);
    let value = tok.value;
    if (this.hasUnicodeEscape && this.text.slice(tok.start, tok.end).includes("\\u")) {
      value = value.replace(LONE_SURROGATE_RE, "�");
    }
    return value;
  }
  /** Reports raw control characters and invalid escapes between `start` and `end`. */
  checkString(start, end) {
    const t = this.text;
    for (let i = start; i < end; i++) {
      const c = t.charCodeAt(i);
      if (c < 32) {
        const what2 = CONTROL_NAMES[c] ?? `write it as \\u${c.toString(16).padStart(4, "0")}`;
        this.report(
          this.range(i, i + 1),
          `JSON does not allow a raw control character (${describeChar(t, i)}) inside a string: ${what2}`
        );
      } else if (c === 92) {
        const e = t.charCodeAt(i + 1);
        if (e === 117) {
          const hex = t.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            let j = i + 2;
            while (j < Math.min(i + 6, end) && /[0-9a-fA-F]/.test(t[j])) j++;
            this.report(this.range(i, j), "invalid \\u escape in a string: \\u needs exactly 4 hex digits");
            i = j - 1;
          } else {
            i += 5;
          }
        } else if (t[i + 1] === "\n" || t[i + 1] === "\r") {
          this.report(
            this.range(i, i + 1),
            "a backslash before a line break is not allowed: a JSON string cannot continue on the next line"
          );
          i += t[i + 1] === "\r" && t[i + 2] === "\n" ? 2 : 1;
        } else if ('"\\/bfnrt'.includes(t[i + 1] ?? "")) {
          i++;
        } else {
          const n = t.codePointAt(i + 1) > 65535 ? 3 : 2;
          this.report(
            this.range(i, i + n),
            `invalid escape '${t.slice(i, i + n)}' in a string: JSON allows only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX (write a backslash as \\\\)`
          );
          i += n - 1;
        }
      }
    }
  }
  /**
   * A value that is not a double-quoted string, object or array: a literal, a number or
   * something Go rejects. Returns the scalar, or stops at an unrecoverable problem.
   */
  bareValue(tok) {
    const t = this.text;
    const start = tok.start;
    const first = t[start];
    const closeFor = { "'": "'", "“": "”", "”": "”", "‘": "’", "’": "’", "„": "“" };
    if (first in closeFor) {
      const close = first === "'" ? "'" : null;
      const eol = this.lineEnd(start);
      let j = start + 1;
      while (j < eol) {
        const ch = t[j];
        if (ch === "\\") {
          j += 2;
          continue;
        }
        if (close ? ch === close : ch === "“" || ch === "”" || ch === "‘" || ch === "’" || ch === '"') break;
        j++;
      }
      const smart = first !== "'";
      const msg = smart ? `unexpected character ${describeChar(t, start)}: JSON strings need straight double quotes ("), not typographic quotes` : 'JSON does not allow single-quoted strings; use double quotes (")';
      if (j >= eol) this.fail(start, start + 1, msg);
      this.report(this.range(start, j + 1), msg);
      this.scanner.setPosition(j + 1);
      return this.scalar("string", t.slice(start + 1, j), start, j + 1);
    }
    const end = this.wordEnd(start);
    const word = t.slice(start, end);
    this.scanner.setPosition(end);
    if (tok.kind === K.True || tok.kind === K.False || tok.kind === K.Null) {
      return this.scalar(tok.kind === K.Null ? "null" : "boolean", tok.kind === K.Null ? null : tok.kind === K.True, start, end);
    }
    if (NUMBER_RE.test(word)) {
      const n2 = Number(word);
      if (!Number.isFinite(n2)) {
        this.report(
          this.range(start, end),
          `number ${word} is out of range: Go's encoding/json cannot hold it in a 64-bit float`
        );
      }
      return this.scalar("number", n2, start, end);
    }
    const recover = (message, value) => {
      this.report(this.range(start, end), message);
      return this.scalar("number", value, start, end);
    };
    if (/^[+-]?(?:NaN|Infinity|inf)$/i.test(word)) {
      return recover(`JSON does not allow ${word.replace(/^[+-]/, "")}: numbers must be finite`, Number.NaN);
    }
    if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(word)) {
      return recover("JSON does not allow hexadecimal numbers", Number(word.replace(/^[+-]/, "")));
    }
    if (LOOSE_NUMBER_RE.test(word)) {
      const unsigned = word.replace(/^[+-]/, "");
      if (word.startsWith("+") && NUMBER_RE.test(unsigned)) {
        return recover(`JSON does not allow a '+' sign before a number: write ${unsigned}`, Number(unsigned));
      }
      if (/^0\d/.test(unsigned)) {
        return recover(`JSON does not allow leading zeros in numbers (${word}); quote it if it is text`, Number(word));
      }
      return recover(
        `invalid number ${word}: JSON needs digits before and after a decimal point and after an exponent`,
        Number(word)
      );
    }
    if (/^(?:true|false|null)$/i.test(word)) {
      const lower = word.toLowerCase();
      this.report(this.range(start, end), `JSON literals are lower case: write ${lower}`);
      return this.scalar(lower === "null" ? "null" : "boolean", lower === "null" ? null : lower === "true", start, end);
    }
    if (word === "..." || word === "…") {
      this.fail(start, end, `unexpected '${word}': the example leaves something out here; JSON has no ellipsis`);
    }
    if (IDENT_RE.test(word)) {
      this.fail(start, end, `unexpected word '${word}': a JSON string needs double quotes ("${word}")`);
    }
    const n = t.codePointAt(start) > 65535 ? 2 : 1;
    this.fail(start, start + n, `unexpected character ${describeChar(t, start)}`);
  }
  /** A key: a double-quoted string (or a recoverable mistake). Returns undefined if it is no key. */
  keyToken(tok) {
    if (tok.kind === K.String) return { key: this.stringToken(tok), start: tok.start, end: tok.end };
    if (tok.kind === K.Unknown || tok.kind === K.Number || tok.kind === K.True || tok.kind === K.False || tok.kind === K.Null) {
      const t = this.text;
      const first = t[tok.start];
      if (first === "'" || first === "“" || first === "”" || first === "‘" || first === "’") {
        const s = this.bareValue(tok);
        return { key: String(s.value), start: tok.start, end: this.scanner.getPosition() };
      }
      const end = this.wordEnd(tok.start);
      const word = t.slice(tok.start, end);
      if (IDENT_RE.test(word) || /^\d+$/.test(word)) {
        let j = end;
        while (j < t.length && (t[j] === " " || t[j] === "	")) j++;
        if (t[j] === ":") {
          this.report(this.range(tok.start, end), `JSON does not allow unquoted keys: write "${word}"`);
          this.scanner.setPosition(end);
          return { key: word, start: tok.start, end };
        }
      }
    }
    return void 0;
  }
  // ------------------------------------------------------------------- grammar
  parse() {
    let tok = this.next();
    if (tok.kind === K.EOF) {
      const what2 = this.comments.length > 0 ? "holds only comments" : "is empty";
      this.fail(0, 0, `the file ${what2}: JSON needs exactly one value, such as an object { … }`);
    }
    let root;
    let state = "value";
    const complete = (node) => {
      const top = this.stack[this.stack.length - 1];
      if (!top) root = node;
      else if (top.kind === "array") top.node.items.push(node);
      else {
        const k = top.key;
        top.node.props.push({
          key: k.key,
          keyRange: k.keyRange,
          value: node,
          range: this.range(k.start, node.range.end.offset)
        });
        top.key = void 0;
      }
      state = "after";
    };
    const close = (endTok) => {
      const frame = this.stack.pop();
      frame.node.range = this.range(frame.node.range.start.offset, endTok.end);
      complete(frame.node);
    };
    const open2 = (tok2) => {
      if (this.stack.length >= JSON_MAX_DEPTH) {
        this.fail(tok2.start, tok2.end, `nesting deeper than ${JSON_MAX_DEPTH} levels: mtls-lint does not read further`);
      }
      const range = this.range(tok2.start, tok2.end);
      if (tok2.kind === K.OpenBrace) {
        this.stack.push({ kind: "object", node: { type: "object", range, props: [] } });
        state = "firstKey";
      } else {
        this.stack.push({ kind: "array", node: { type: "array", range, items: [] } });
        state = "firstItem";
      }
    };
    const eof = () => {
      const top = this.stack[this.stack.length - 1];
      const ch = top.kind === "object" ? "{" : "[";
      const line = top.node.range.start.line;
      this.fail(this.lastEnd, this.lastEnd, `unexpected end of file: ${ch} opened at line ${line} is never closed`);
    };
    const value = (tok2) => {
      if (tok2.kind === K.OpenBrace || tok2.kind === K.OpenBracket) open2(tok2);
      else if (tok2.kind === K.String) complete(this.scalar("string", this.stringToken(tok2), tok2.start, tok2.end));
      else if (tok2.kind === K.EOF) {
        if (this.stack.length === 0) this.fail(this.lastEnd, this.lastEnd, "unexpected end of file: a value is missing");
        eof();
      } else if (tok2.kind === K.CloseBrace || tok2.kind === K.CloseBracket || tok2.kind === K.Comma || tok2.kind === K.Colon) {
        const top = this.stack[this.stack.length - 1];
        const where2 = top?.kind === "object" ? ` for the key "${top.key?.key ?? ""}"` : "";
        this.fail(tok2.start, tok2.end, `a value is missing${where2}: found ${this.describeToken(tok2)}`);
      } else complete(this.bareValue(tok2));
    };
    while (true) {
      switch (state) {
        case "value":
          value(tok);
          break;
        case "firstItem":
          if (tok.kind === K.CloseBracket) close(tok);
          else value(tok);
          break;
        case "firstKey":
        case "key": {
          const frame = this.stack[this.stack.length - 1];
          if (tok.kind === K.CloseBrace) {
            if (state === "key") {
              const comma = frame.comma ?? tok.start;
              this.report(this.range(comma, comma + 1), "JSON does not allow a trailing comma before }");
            }
            close(tok);
            break;
          }
          if (tok.kind === K.EOF) eof();
          const k = this.keyToken(tok);
          if (!k) {
            this.fail(
              tok.start,
              tok.kind === K.Unknown ? tok.start + (this.text.codePointAt(tok.start) > 65535 ? 2 : 1) : tok.end,
              tok.kind === K.Unknown ? `unexpected character ${this.describeToken(tok)}: expected a key in double quotes${state === "firstKey" ? " or }" : ""}` : `expected a key in double quotes${state === "firstKey" ? " or }" : ""}, found ${this.describeToken(tok)}`
            );
          }
          frame.key = { key: k.key, keyRange: this.range(k.start, k.end), start: k.start };
          state = "colon";
          break;
        }
        case "colon": {
          if (tok.kind === K.Colon) {
            state = "value";
            break;
          }
          if (tok.kind === K.EOF) eof();
          const frame = this.stack[this.stack.length - 1];
          this.fail(
            tok.start,
            tok.start + 1,
            `expected ':' after the key "${frame.key?.key ?? ""}", found ${this.describeToken(tok)}`
          );
        }
        case "after": {
          const top = this.stack[this.stack.length - 1];
          if (!top) {
            if (tok.kind === K.EOF) return root;
            const found = this.describeToken(tok);
            if (tok.kind === K.Colon && root?.type === "string") {
              this.fail(
                tok.start,
                tok.end,
                "unexpected ':' after the top-level string: are the enclosing { } of the object missing?"
              );
            }
            this.fail(
              tok.start,
              tok.kind === K.Unknown ? this.wordEnd(tok.start) : tok.end,
              `unexpected ${found} after the end of the JSON value: a JSON file holds exactly one value`
            );
          }
          if (tok.kind === K.EOF) eof();
          const closer = top.kind === "object" ? K.CloseBrace : K.CloseBracket;
          const closeCh = top.kind === "object" ? "}" : "]";
          if (tok.kind === K.Comma) {
            if (top.kind === "object") {
              top.comma = tok.start;
              state = "key";
            } else {
              const comma = tok.start;
              tok = this.next();
              if (tok.kind === K.CloseBracket) {
                this.report(this.range(comma, comma + 1), "JSON does not allow a trailing comma before ]");
                close(tok);
              } else value(tok);
              break;
            }
            break;
          }
          if (tok.kind === closer) {
            close(tok);
            break;
          }
          const line = top.node.range.start.line;
          if (tok.kind === K.CloseBrace || tok.kind === K.CloseBracket) {
            this.fail(
              tok.start,
              tok.end,
              `unexpected ${this.describeToken(tok)}: expected ',' or '${closeCh}' to close the ${top.kind === "object" ? "{" : "["} opened at line ${line}`
            );
          }
          const what2 = top.kind === "object" ? "properties" : "array items";
          this.fail(
            tok.start,
            tok.start + 1,
            `missing comma between ${what2}: expected ',' or '${closeCh}', found ${this.describeToken(tok)}`
          );
        }
      }
      tok = this.next();
    }
  }
};
function parseJson(text, lines, opts2 = {}) {
  try {
    return new JsonParser2(text, lines, opts2).run();
  } catch (e) {
    return {
      documents: [],
      comments: [],
      problems: [
        {
          message: `internal error while reading JSON: ${e instanceof Error ? e.message : String(e)}`,
          range: lines.range(0, 0),
          fatal: true
        }
      ]
    };
  }
}

// src/parse/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var YAML_MAX_DEPTH = 500;
var YAML_MAX_ALIAS_NODES = 1e5;
var MAX_PROBLEMS2 = 200;
var CORE_TAG_PREFIX = "tag:yaml.org,2002:";
var AbortDocument = class extends Error {
};
var YamlReader = class {
  constructor(text, lines) {
    this.text = text;
    this.lines = lines;
  }
  text;
  lines;
  problems = [];
  seen = /* @__PURE__ */ new Set();
  /** Nodes created by alias expansion so far, in the whole file. */
  aliasNodes = 0;
  range(start, end) {
    return this.lines.range(start, end);
  }
  report(start, end, message, fatal, documentIndex) {
    const key = `${start}:${end}:${message}`;
    if (this.seen.has(key) || this.problems.length >= MAX_PROBLEMS2) return;
    this.seen.add(key);
    const p = { message, range: this.range(start, end), fatal };
    if (documentIndex !== void 0) p.documentIndex = documentIndex;
    this.problems.push(p);
  }
  run() {
    const source = this.text.includes("\r") ? this.text.replace(/\r(?!\n)/g, "\n") : this.text;
    const tokens = Array.from(new import_yaml.Parser().parse(source));
    const cst = { comments: [], quotedEnds: /* @__PURE__ */ new Map() };
    const composer = new import_yaml.Composer({
      version: "1.2",
      uniqueKeys: false,
      // duplicates are reported here, as warnings, with both keys kept
      merge: false,
      // merge keys are applied by the converter
      intAsBigInt: false
      // No `maxAliasCount` here: it is a toJS() option, and toJS() is never called.
      // Aliases are expanded by DocConverter under YAML_MAX_ALIAS_NODES instead.
    });
    const documents = [];
    const docs = [];
    const tooDeep = /* @__PURE__ */ new Set();
    let docIndex = 0;
    for (const token of tokens) {
      if (token.type === "document") {
        const depth = this.walkCst(token, cst);
        if (depth) {
          this.report(
            depth.offset,
            depth.offset + 1,
            `nesting deeper than ${YAML_MAX_DEPTH} levels: mtls-lint does not read this document`,
            true,
            docIndex
          );
          tooDeep.add(docIndex);
          delete token.value;
        }
        docIndex++;
      } else {
        this.walkCst(token, cst);
      }
      for (const doc of composer.next(token)) docs.push(doc);
    }
    for (const doc of composer.end(false, source.length)) docs.push(doc);
    docs.forEach((doc, index) => {
      const fatal = this.documentProblems(doc, index, cst) || tooDeep.has(index);
      if (fatal || isEmptyDocument(doc)) return;
      try {
        const converter = new DocConverter(this, index);
        const root = converter.build(doc.contents, 1).node;
        if (converter.hadFatal) return;
        const start = Math.min(doc.range[0], root.range.start.offset);
        documents.push({ index, root, range: this.range(start, root.range.end.offset) });
      } catch (e) {
        if (!(e instanceof AbortDocument)) throw e;
      }
    });
    const info = composer.streamInfo();
    for (const e of info.errors) this.report(e.pos[0], e.pos[1], yamlMessage(e.code, e.message), true);
    const byOffset = (a, b) => a.range.start.offset - b.range.start.offset;
    cst.comments.sort(byOffset);
    this.problems.sort(byOffset);
    return { documents, comments: cst.comments, problems: this.problems };
  }
  /**
   * Collects comments and quoted scalars of one top-level CST token without recursion;
   * for a document, returns the first collection nested deeper than YAML_MAX_DEPTH.
   */
  walkCst(token, cst) {
    let deep;
    const tokens = [token];
    const depths = [0];
    const push = (t, depth) => {
      if (!t) return;
      tokens.push(t);
      depths.push(depth);
    };
    const pushAll = (ts, depth) => {
      if (ts) for (const t of ts) push(t, depth);
    };
    while (tokens.length > 0) {
      const t = tokens.pop();
      const depth = depths.pop();
      switch (t.type) {
        case "comment": {
          let end = t.offset + t.source.length;
          while (end > t.offset && this.text.charCodeAt(end - 1) === 13) end--;
          cst.comments.push({ text: this.text.slice(t.offset + 1, end).trim(), range: this.range(t.offset, end) });
          break;
        }
        case "document":
          pushAll(t.start, depth);
          push(t.value, depth);
          pushAll(t.end, depth);
          break;
        case "doc-end":
          pushAll(t.end, depth);
          break;
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          cst.quotedEnds.set(t.offset + t.source.length, t.offset);
          pushAll(t.end, depth);
          break;
        case "alias":
        case "scalar":
          pushAll(t.end, depth);
          break;
        case "block-scalar":
          pushAll(t.props, depth);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection": {
          const inner = depth + 1;
          if (inner > YAML_MAX_DEPTH && !deep) deep = { offset: t.offset };
          if (t.type === "flow-collection") {
            push(t.start, depth);
            pushAll(t.end, depth);
          }
          for (const item of t.items) {
            pushAll(item.start, inner);
            push(item.key, inner);
            pushAll(item.sep, inner);
            push(item.value, inner);
          }
          break;
        }
        default:
          break;
      }
    }
    return deep;
  }
  /** Reports a document's errors and warnings; true when one of them is fatal. */
  documentProblems(doc, index, cst) {
    let fatal = false;
    const multiline = new Set(doc.errors.filter((e) => e.code === "MULTILINE_IMPLICIT_KEY").map((e) => e.pos[0]));
    for (const e of doc.errors) {
      let [start, end] = e.pos;
      let message = yamlMessage(e.code, e.message);
      if (e.code === "BLOCK_AS_IMPLICIT_KEY" && multiline.has(start)) {
        fatal = true;
        continue;
      }
      if (e.code === "MULTILINE_IMPLICIT_KEY") {
        const slice = this.text.slice(start, end);
        const br = Math.max(slice.lastIndexOf("\n"), slice.lastIndexOf("\r"));
        if (br >= 0) {
          let s = start + br + 1;
          while (s < end && (this.text[s] === " " || this.text[s] === "	")) s++;
          if (s < end) {
            start = s;
            message = 'this line continues the value of the key above it: check its indentation, or a missing ":" in the line above';
          }
        }
      }
      if (e.code === "MISSING_CHAR" && /quote/.test(e.message)) {
        const open2 = cst.quotedEnds.get(start);
        if (open2 !== void 0) {
          const q = this.text[open2] === "'" ? "'" : '"';
          start = open2;
          end = open2 + 1;
          while (end < this.text.length && !/[\r\n]/.test(this.text[end])) end++;
          const smart = /[\u201c\u201d\u2018\u2019]/.test(this.text.slice(open2, end));
          message = `the quoted string is never closed: the closing ${q} is missing${smart ? " (a typographic quote such as ” does not close it)" : ""}`;
        }
      } else if (e.code === "UNEXPECTED_TOKEN" && /^Unexpected scalar at node end/.test(e.message)) {
        message = this.text[start] === ":" || this.text[start - 1] === ":" ? 'YAML needs a space after ":" between a key and its value' : "unexpected text after the end of a value";
      }
      this.report(start, end, message, e.code !== "DUPLICATE_KEY", index);
      if (e.code !== "DUPLICATE_KEY") fatal = true;
    }
    for (const w of doc.warnings) {
      if (w.code === "TAG_RESOLVE_FAILED") continue;
      this.report(w.pos[0], w.pos[1], yamlMessage(w.code, w.message), false, index);
    }
    return fatal;
  }
};
function yamlMessage(code2, message) {
  switch (code2) {
    case "TAB_AS_INDENT":
      return "YAML does not allow tabs for indentation";
    case "BLOCK_AS_IMPLICIT_KEY":
      return 'a nested mapping cannot start on the same line as its key (as in "a: b: c"); put it on its own line, or quote the value if it contains ": "';
    case "MULTILINE_IMPLICIT_KEY":
      return 'a key must fit on one line: check the indentation of this line, or a missing ":"';
    case "RESOURCE_EXHAUSTION":
      return `the document is nested too deeply to read (more than ${YAML_MAX_DEPTH} levels?)`;
    case "BAD_ALIAS":
      if (/^Alias cannot be an empty string/.test(message)) return 'a bare * starts an alias in YAML; quote it ("*") to mean a wildcard';
      return message.charAt(0).toLowerCase() + message.slice(1);
    case "BAD_DQ_ESCAPE":
      return `invalid escape in a double-quoted string: ${message}`;
    default: {
      const m = message.replace(/ at line \d+, column \d+:[\s\S]*$/, "");
      return m.charAt(0).toLowerCase() + m.slice(1);
    }
  }
}
function isEmptyDocument(doc) {
  const c = doc.contents;
  if (c === null || c === void 0) return true;
  if ((0, import_yaml.isScalar)(c)) {
    const s = c;
    return s.range !== void 0 && s.range !== null && s.range[0] === s.range[1] && !s.tag && !s.anchor;
  }
  return false;
}
var DocConverter = class {
  constructor(r, docIndex) {
    this.r = r;
    this.docIndex = docIndex;
  }
  r;
  docIndex;
  /** Latest definition of each anchor, in document order. */
  anchors = /* @__PURE__ */ new Map();
  built = /* @__PURE__ */ new Map();
  inProgress = /* @__PURE__ */ new Set();
  /** A fatal problem was reported: the document is left out. */
  hadFatal = false;
  fatal(start, end, message) {
    this.hadFatal = true;
    this.r.report(start, end, message, true, this.docIndex);
  }
  nodeRange(n) {
    const r = n.range;
    return r ? [r[0], r[1]] : [0, 0];
  }
  build(n, depth) {
    if (depth > YAML_MAX_DEPTH) {
      const [s] = this.nodeRange(n);
      this.fatal(s, s + 1, `nesting deeper than ${YAML_MAX_DEPTH} levels: mtls-lint does not read this document`);
      throw new AbortDocument();
    }
    const anchor = n?.anchor;
    if (anchor && !(0, import_yaml.isAlias)(n)) {
      this.anchors.set(anchor, n);
      this.inProgress.add(n);
    }
    let b;
    if ((0, import_yaml.isAlias)(n)) b = this.alias(n, depth);
    else if ((0, import_yaml.isMap)(n)) b = this.map(n, depth);
    else if ((0, import_yaml.isSeq)(n)) b = this.seq(n, depth);
    else if ((0, import_yaml.isPair)(n)) b = this.pairAsMap(n, depth);
    else if ((0, import_yaml.isScalar)(n)) b = { node: this.scalar(n), height: 1, size: 1 };
    else {
      const [s, e] = this.nodeRange(n ?? {});
      b = { node: this.scalarOf("string", this.r.text.slice(s, e), s, e), height: 1, size: 1 };
    }
    if (anchor && !(0, import_yaml.isAlias)(n)) {
      this.inProgress.delete(n);
      this.built.set(n, b);
    }
    return b;
  }
  scalarOf(type, value, start, end) {
    return { type, value, range: this.r.range(start, end), raw: this.r.text.slice(start, end) };
  }
  scalar(s) {
    let [start, end] = this.nodeRange(s);
    if (s.type === "BLOCK_LITERAL" || s.type === "BLOCK_FOLDED") {
      while (end > start && /\s/.test(this.r.text[end - 1])) end--;
    }
    const tag = s.tag;
    const custom = tag !== void 0 && !tag.startsWith(CORE_TAG_PREFIX);
    const v = s.value;
    const source = typeof s.source === "string" ? s.source : this.r.text.slice(start, end);
    if (custom) return this.scalarOf("string", source, start, end);
    if (typeof v === "string") return this.scalarOf("string", v, start, end);
    if (typeof v === "number") return this.scalarOf("number", v, start, end);
    if (typeof v === "bigint") return this.scalarOf("number", Number(v), start, end);
    if (typeof v === "boolean") return this.scalarOf("boolean", v, start, end);
    if (v === null || v === void 0) return this.scalarOf("null", null, start, end);
    return this.scalarOf("string", source, start, end);
  }
  alias(a, depth) {
    const [start, end] = this.nodeRange(a);
    const name = a.source;
    const target = this.anchors.get(name);
    if (target === void 0) {
      this.fatal(start, end, `alias *${name} has no anchor &${name} before it`);
      return { node: this.scalarOf("null", null, start, end), height: 1, size: 1 };
    }
    if (this.inProgress.has(target)) {
      this.fatal(start, end, `alias *${name} is inside the node anchored &${name} (a cycle)`);
      throw new AbortDocument();
    }
    const b = this.built.get(target);
    if (!b) {
      this.fatal(start, end, `alias *${name} could not be resolved`);
      return { node: this.scalarOf("null", null, start, end), height: 1, size: 1 };
    }
    if (depth - 1 + b.height > YAML_MAX_DEPTH) {
      this.fatal(start, end, `nesting deeper than ${YAML_MAX_DEPTH} levels after expanding alias *${name}: mtls-lint does not read this document`);
      throw new AbortDocument();
    }
    if (this.r.aliasNodes + b.size > YAML_MAX_ALIAS_NODES) {
      this.r.aliasNodes = YAML_MAX_ALIAS_NODES + 1;
      this.fatal(
        start,
        end,
        `alias expansion exceeds ${YAML_MAX_ALIAS_NODES} nodes (an alias bomb?): mtls-lint does not read this document`
      );
      throw new AbortDocument();
    }
    this.r.aliasNodes += b.size;
    return { node: copyAt(b.node, this.r.range(start, end)), height: b.height, size: b.size };
  }
  keyOf(k, depth) {
    if (k === null || k === void 0) return { key: "", start: -1, end: -1, merge: false };
    if ((0, import_yaml.isScalar)(k)) {
      const s = k;
      if (s.anchor) this.build(s, depth);
      const [start2, end2] = this.nodeRange(s);
      const merge = s.type === "PLAIN" && s.source === "<<" && !s.tag;
      const v = s.value;
      const key = typeof v === "string" ? v : typeof s.source === "string" ? s.source : this.r.text.slice(start2, end2);
      return { key, start: start2, end: end2, merge };
    }
    const b = this.build(k, depth);
    const { start, end } = b.node.range;
    if (b.node.type === "object" || b.node.type === "array") {
      this.r.report(
        start.offset,
        end.offset,
        "a mapping key that is itself a collection is not supported; it is read as its text",
        false,
        this.docIndex
      );
      return { key: this.r.text.slice(start.offset, end.offset), start: start.offset, end: end.offset, merge: false };
    }
    const sc = b.node;
    return { key: sc.value === null ? sc.raw : String(sc.value), start: start.offset, end: end.offset, merge: false };
  }
  pair(p, depth, fallbackOffset) {
    const k = this.keyOf(p.key, depth);
    let v;
    if (p.value === null || p.value === void 0) {
      const at = k.end >= 0 ? k.end : fallbackOffset;
      v = { node: this.scalarOf("null", null, at, at), height: 1, size: 1 };
    } else {
      v = this.build(p.value, depth);
    }
    const ks = k.start >= 0 ? k.start : v.node.range.start.offset;
    const ke = k.start >= 0 ? k.end : ks;
    const prop2 = {
      key: k.key,
      keyRange: this.r.range(ks, ke),
      value: v.node,
      range: this.r.range(ks, Math.max(ke, v.node.range.end.offset))
    };
    return { prop: prop2, merge: k.merge, height: v.height, size: v.size + 1 };
  }
  map(m, depth) {
    const [start, rawEnd] = this.nodeRange(m);
    const entries = [];
    let height = 1;
    let size = 1;
    for (const item of m.items) {
      const r = this.pair(item, depth + 1, rawEnd);
      entries.push(r);
      height = Math.max(height, r.height + 1);
      size += r.size;
    }
    const props = this.applyMerges(entries);
    this.reportDuplicates(entries);
    const end = m.flow || props.length === 0 ? rawEnd : lastEnd(entries.map((e) => e.prop.range.end.offset), rawEnd);
    const node = { type: "object", range: this.r.range(start, end), props };
    return { node, height, size };
  }
  pairAsMap(p, depth) {
    const r = this.pair(p, depth + 1, 0);
    const node = { type: "object", range: r.prop.range, props: [r.prop] };
    return { node, height: r.height + 1, size: r.size + 1 };
  }
  seq(s, depth) {
    const [start, rawEnd] = this.nodeRange(s);
    const items = [];
    let height = 1;
    let size = 1;
    for (const item of s.items) {
      const b = this.build(item, depth + 1);
      items.push(b.node);
      height = Math.max(height, b.height + 1);
      size += b.size;
    }
    const end = s.flow || items.length === 0 ? rawEnd : lastEnd(items.map((i) => i.range.end.offset), rawEnd);
    const node = { type: "array", range: this.r.range(start, end), items };
    return { node, height, size };
  }
  /**
   * Merge keys (`<<: *base` or `<<: [*a, *b]`): the merged mappings' keys are inserted
   * where `<<` stands, except keys the mapping itself sets (they win wherever they are);
   * with several sources the first one that has a key wins. A `<<` whose value is not a
   * mapping (or list of mappings) stays an ordinary key.
   */
  applyMerges(entries) {
    if (!entries.some((e) => e.merge)) return entries.map((e) => e.prop);
    const own = new Set(entries.filter((e) => !e.merge).map((e) => e.prop.key));
    const merged = /* @__PURE__ */ new Set();
    const props = [];
    for (const e of entries) {
      if (!e.merge) {
        props.push(e.prop);
        continue;
      }
      const v = e.prop.value;
      const sources = v.type === "object" ? [v] : v.type === "array" ? v.items : [];
      if (sources.length === 0 || !sources.every((s) => s.type === "object")) {
        props.push(e.prop);
        continue;
      }
      for (const src of sources) {
        for (const p of src.props) {
          if (own.has(p.key) || merged.has(p.key)) continue;
          merged.add(p.key);
          props.push(p);
        }
      }
    }
    return props;
  }
  reportDuplicates(entries) {
    if (entries.length < 2) return;
    const first = /* @__PURE__ */ new Map();
    for (const e of entries) {
      if (e.merge) continue;
      const prev = first.get(e.prop.key);
      if (!prev) {
        first.set(e.prop.key, e.prop);
        continue;
      }
      this.r.report(
        e.prop.keyRange.start.offset,
        e.prop.keyRange.end.offset,
        `duplicate key "${e.prop.key}" in the same mapping (first at line ${prev.keyRange.start.line}); YAML does not allow it, and readers that accept it keep only the last value`,
        false,
        this.docIndex
      );
    }
  }
};
function lastEnd(ends, fallback) {
  let m = -1;
  for (const e of ends) if (e > m) m = e;
  return m >= 0 ? m : fallback;
}
function copyAt(n, at) {
  switch (n.type) {
    case "object":
      return {
        type: "object",
        range: at,
        props: n.props.map((p) => ({ key: p.key, keyRange: at, value: copyAt(p.value, at), range: at }))
      };
    case "array":
      return { type: "array", range: at, items: n.items.map((i) => copyAt(i, at)) };
    default:
      return { type: n.type, value: n.value, range: at, raw: n.raw };
  }
}
function parseYaml(text, lines) {
  try {
    return new YamlReader(text, lines).run();
  } catch (e) {
    return {
      documents: [],
      comments: [],
      problems: [
        {
          message: `internal error while reading YAML: ${e instanceof Error ? e.message : String(e)}`,
          range: lines.range(0, 0),
          fatal: true
        }
      ]
    };
  }
}

// src/parse/index.ts
function decodeText(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    const le = bytes[0] === 255;
    try {
      const text2 = new TextDecoder(le ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes.subarray(2));
      return { ok: true, text: text2, hadBom: true, encoding: le ? "utf-16le" : "utf-16be" };
    } catch {
      return { ok: false, reason: "invalid UTF-16" };
    }
  }
  if (bytes.includes(0)) return { ok: false, reason: "binary file (contains NUL bytes)" };
  let hadBom = false;
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    hadBom = true;
    body = bytes.subarray(3);
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(body);
  return { ok: true, text, hadBom, encoding: "utf-8" };
}
function formatForPath(path9) {
  const lower = path9.toLowerCase();
  if (lower.endsWith(".hcl")) return "hcl";
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  if (lower.endsWith(".tf")) return "terraform";
  return void 0;
}
function startsLikeJson(text) {
  return /^\s*\{/.test(text);
}
function parseText(path9, text, hadBom) {
  const lines = new LineIndex(text);
  let format2 = formatForPath(path9) ?? "hcl";
  let formatNote;
  if (format2 === "hcl" && startsLikeJson(text)) {
    format2 = "json";
    formatNote = 'starts with "{", so Consul reads it as JSON';
  }
  let result;
  switch (format2) {
    case "json":
      result = parseJson(text, lines, { hadBom });
      break;
    case "yaml":
      result = parseYaml(text, lines);
      break;
    case "terraform":
      result = { documents: [], comments: [], problems: [] };
      break;
    default:
      result = parseHcl(text, lines);
  }
  return { path: path9, format: format2, text, lines, hadBom, result, formatNote };
}

// src/version.ts
import { readFileSync } from "node:fs";
var PACKAGE_ROOT = (() => {
  const here = new URL(".", import.meta.url);
  for (const up of ["../", "../../"]) {
    const candidate = new URL(up, here);
    try {
      const pkg2 = JSON.parse(readFileSync(new URL("package.json", candidate), "utf8"));
      if (pkg2.name === "mtls-lint") return candidate;
    } catch {
    }
  }
  return new URL("../", here);
})();
var pkg = JSON.parse(readFileSync(new URL("package.json", PACKAGE_ROOT), "utf8"));
var TOOL = {
  name: "mtls-lint",
  version: pkg.version,
  informationUri: pkg.homepage ?? "https://github.com/mtls-lint/mtls-lint"
};

// src/lint.ts
function lintSources(sources, opts2) {
  const phase = opts2.phase ?? "onboarding";
  const records = [];
  const parsed = [];
  const normalized = [];
  const sorted = [...sources].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (const src of sorted) {
    if (src.skipReason) {
      records.push({ path: src.path, status: "skipped", reason: src.skipReason, entries: 0 });
      continue;
    }
    let text = src.text;
    let hadBom = false;
    if (text === void 0) {
      const dec = decodeText(src.bytes ?? new Uint8Array());
      if (!dec.ok) {
        records.push({ path: src.path, status: "skipped", reason: dec.reason, entries: 0 });
        continue;
      }
      text = dec.text;
      hadBom = dec.hadBom;
    } else if (text.charCodeAt(0) === 65279) {
      text = text.slice(1);
      hadBom = true;
    }
    const pf = parseText(src.path, text, hadBom);
    const nf = normalizeFile(pf, opts2.scopeOf?.(src.path) ?? {});
    parsed.push(pf);
    normalized.push(nf);
  }
  const workloads = [];
  for (const input2 of opts2.inputs ?? []) workloads.push(...input2.collect(parsed, normalized));
  const workloadFiles = new Set(workloads.map((w) => w.at.file));
  normalized.forEach((nf, i) => {
    const pf = parsed[i];
    const used = nf.consulLike || workloadFiles.has(nf.path);
    records.push({
      path: nf.path,
      status: used ? "linted" : "not-consul",
      format: pf.format,
      entries: nf.entries.length
    });
  });
  records.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const entries = normalized.flatMap((n) => n.entries);
  const model = new MeshModel(entries, workloads, opts2.facts ?? /* @__PURE__ */ new Map());
  const { findings, ruleErrors } = runRules(opts2.rules, model, normalized, {
    phase,
    today: opts2.today,
    severities: opts2.severities
  });
  const rules = opts2.rules.map((r) => ({
    ...r.meta,
    severity: effectiveSeverity(r.meta, { phase, today: opts2.today, severities: opts2.severities }),
    help: opts2.docs?.get(r.meta.id)
  })).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    result: buildResult(records, findings, rules, ruleErrors, entries.length, phase, opts2.cwd ?? "."),
    model,
    parsed,
    normalized
  };
}
function buildResult(files, findings, rules, ruleErrors, entryCount, phase, cwd) {
  findings.sort(compareFindings);
  const skippedReasons = {};
  for (const f of files) if (f.status === "skipped") skippedReasons[f.reason ?? "skipped"] = (skippedReasons[f.reason ?? "skipped"] ?? 0) + 1;
  const active = findings.filter((f) => !f.suppressions || f.suppressions.length === 0);
  return {
    tool: TOOL,
    cwd,
    phase,
    rules,
    findings,
    files,
    stats: {
      filesConsidered: files.length,
      filesLinted: files.filter((f) => f.status === "linted").length,
      filesNotConsul: files.filter((f) => f.status === "not-consul").length,
      filesSkipped: files.filter((f) => f.status === "skipped").length,
      skippedReasons,
      entries: entryCount,
      errors: active.filter((f) => f.severity === "error").length,
      warnings: active.filter((f) => f.severity === "warning").length,
      notes: active.filter((f) => f.severity === "note").length,
      suppressed: findings.length - active.length
    },
    ruleErrors
  };
}

// src/context.ts
var CONFIG_FILE_NAME = ".mtls-lint.yaml";
async function kindOf(p) {
  try {
    const st = await stat2(p);
    return st.isFile() ? "file" : st.isDirectory() ? "dir" : "other";
  } catch {
    return "missing";
  }
}
async function exists(p) {
  try {
    await stat2(p);
    return true;
  } catch {
    return false;
  }
}
async function findRepositoryRoot(startDir, fallback) {
  let dir = path6.resolve(startDir);
  for (; ; ) {
    if (await exists(path6.join(dir, CONFIG_FILE_NAME))) return dir;
    if (await exists(path6.join(dir, ".git"))) return dir;
    const up = path6.dirname(dir);
    if (up === dir) return path6.resolve(fallback);
    dir = up;
  }
}
async function resolveContext(cwd, paths) {
  const given = paths.length > 0 ? [...paths] : ["."];
  const kinds = await Promise.all(given.map((p) => kindOf(path6.resolve(cwd, p))));
  if (!kinds.includes("file")) return { roots: given.map((p) => path6.resolve(cwd, p)), discoverPaths: given };
  const roots = /* @__PURE__ */ new Set();
  const files = /* @__PURE__ */ new Set();
  const dirs = [];
  for (let i = 0; i < given.length; i++) {
    const abs = path6.resolve(cwd, given[i]);
    if (kinds[i] === "file") {
      roots.add(await findRepositoryRoot(path6.dirname(abs), cwd));
      files.add(toRel(cwd, abs));
    } else if (kinds[i] === "dir") {
      roots.add(abs);
      dirs.push(toRel(cwd, abs));
    }
  }
  const rootList = [...roots].sort();
  return {
    roots: rootList,
    discoverPaths: [...rootList.map((r) => toRel(cwd, r)), ...given],
    reportOnly: { files, dirs }
  };
}
function inScope(file, scope2) {
  if (scope2.files.has(file)) return true;
  return scope2.dirs.some((d) => d === "." ? !file.startsWith("../") : file === d || file.startsWith(`${d}/`));
}
function narrowResult(result, ctx) {
  const scope2 = ctx.reportOnly;
  if (!scope2) return result;
  const files = result.files.filter((f) => inScope(f.path, scope2));
  const findings = result.findings.filter((f) => inScope(f.location.file, scope2));
  const entries = files.reduce((n, f) => n + f.entries, 0);
  return buildResult(files, findings, result.rules, result.ruleErrors, entries, result.phase, result.cwd);
}

// src/inputs.ts
var DEFAULT_INPUTS = [];

// src/index.ts
var MAX_FILE_BYTES = 5 * 1024 * 1024;
var docsCache;
function ruleDocs() {
  if (docsCache) return docsCache;
  docsCache = /* @__PURE__ */ new Map();
  for (const r of RULES) {
    try {
      const markdown = readFileSync2(new URL(r.meta.docsUrl, PACKAGE_ROOT), "utf8");
      docsCache.set(r.meta.id, { markdown, text: markdownToText(markdown) });
    } catch {
    }
  }
  return docsCache;
}
function markdownToText(md) {
  return md.replace(/```[a-z]*\n/g, "").replace(/```/g, "").replace(/^#+\s*/gm, "").replace(/`([^`]*)`/g, "$1").replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1 ($2)").trim();
}
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}
async function readSource(abs, rel) {
  let fh;
  try {
    fh = await open(abs, "r");
  } catch (err) {
    const code2 = err.code;
    return { path: rel, skipReason: code2 === "EACCES" || code2 === "EPERM" ? "permission denied" : `cannot be read (${code2 ?? "error"})` };
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { path: rel, skipReason: "not a regular file" };
    if (st.size > MAX_FILE_BYTES) {
      return { path: rel, skipReason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
    }
    const bytes = await fh.readFile();
    return { path: rel, bytes };
  } catch (err) {
    const code2 = err.code;
    return { path: rel, skipReason: code2 === "EISDIR" ? "a directory named like a config file" : `cannot be read (${code2 ?? "error"})` };
  } finally {
    await fh.close();
  }
}
async function readAll(files) {
  const out = new Array(files.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(32, files.length) }, async () => {
    while (next < files.length) {
      const i = next++;
      out[i] = await readSource(files[i].abs, files[i].rel);
    }
  });
  await Promise.all(workers);
  return out;
}
async function lint(opts2) {
  const context = await resolveContext(opts2.cwd, opts2.paths);
  const found = await discover({
    cwd: opts2.cwd,
    paths: context.discoverPaths,
    include: opts2.include,
    exclude: opts2.exclude,
    followExternalSymlinks: opts2.followExternalSymlinks
  });
  const sources = await readAll(found.files);
  for (const s of found.skipped) sources.push({ path: s.rel, skipReason: s.reason });
  const run = lintSources(sources, {
    phase: opts2.phase,
    today: opts2.today ?? todayUtc(),
    rules: RULES,
    severities: opts2.severities,
    scopeOf: opts2.scopeOf,
    facts: opts2.facts,
    inputs: opts2.inputs ?? DEFAULT_INPUTS,
    docs: ruleDocs(),
    cwd: opts2.cwd
  });
  return { ...run, result: narrowResult(run.result, context), missing: found.missing, context };
}

// src/cli.ts
var HELP = `Usage: mtls-lint [options] [paths...]

Lint Consul service-mesh configuration (HCL, JSON, Kubernetes CRD YAML) for permissive
mTLS onboarding: what Consul would reject, what is left insecure, what the workflow lacks.

Options:
  -f, --format <name>        text (default; github when GITHUB_ACTIONS=true), json, sarif,
                             github (workflow-command annotations), markdown (summary table)
  -o, --output-file <file>   write the --format report to a file instead of standard output
      --output <fmt>=<file>  also write a report in another format (repeatable; file "-" is
                             standard output), e.g. --output sarif=results.sarif
      --sarif-file <file>    same as --output sarif=<file>
      --sarif-category <id>  SARIF runAutomationDetails.id (one per analysis in code scanning)
      --fail-on <severity>   exit 1 when a finding at or above it is not suppressed:
                             error (default), warning or note
      --max-warnings <n>     exit 1 when there are more than n warnings
      --quiet                report errors only (the exit code still counts everything)
      --phase <phase>        onboarding (default) or enforce (the "re-secure the mesh" step)
      --rule <id>=<severity> change a rule's severity: off, note, warning or error (repeatable)
      --list-rules           print the rule catalogue and exit
  -h, --help                 print this help and exit
  -v, --version              print the version and exit

Exit codes: 0 nothing at or above --fail-on (and warnings within --max-warnings),
1 findings that fail the run, 2 usage or internal error.
`;
var UsageError = class extends Error {
};
var SEVERITIES = /* @__PURE__ */ new Set(["off", "note", "warning", "error"]);
function parseRuleOverrides(values) {
  const m = /* @__PURE__ */ new Map();
  for (const v of values) {
    const eq = v.lastIndexOf("=");
    if (eq <= 0) throw new UsageError(`--rule expects <id>=<severity>, got "${v}"`);
    const id = v.slice(0, eq).trim();
    const sev = v.slice(eq + 1).trim();
    if (!RULES.some((r) => r.meta.id === id)) throw new UsageError(`--rule: unknown rule "${id}" (see --list-rules)`);
    if (!SEVERITIES.has(sev)) throw new UsageError(`--rule ${id}: severity must be off, note, warning or error, not "${sev}"`);
    m.set(id, sev);
  }
  return m;
}
function listRules() {
  const rows = [...RULES].map((r) => r.meta).sort((a, b) => a.id < b.id ? -1 : 1).map((m) => {
    const enforce = m.enforceSeverity && m.enforceSeverity !== m.defaultSeverity ? ` (enforce: ${m.enforceSeverity})` : "";
    return `${m.id.padEnd(40)} ${(m.defaultSeverity + enforce).padEnd(26)} ${m.description}`;
  });
  return `${"rule".padEnd(40)} ${"severity".padEnd(26)} description
${rows.join("\n")}
`;
}
var RANK = { note: 0, warning: 1, error: 2 };
function failing(f, failOn) {
  return RANK[f.severity] >= RANK[failOn] && !(f.suppressions && f.suppressions.length > 0);
}
function parseFailOn(v) {
  if (v === void 0) return "error";
  if (v === "error" || v === "warning" || v === "note") return v;
  throw new UsageError(`--fail-on must be error, warning or note, not "${v}"`);
}
function parseMaxWarnings(v) {
  if (v === void 0) return void 0;
  if (!/^\d+$/.test(v.trim())) throw new UsageError(`--max-warnings expects a whole number, not "${v}"`);
  return Number(v.trim());
}
function parseReports(format2, o) {
  const targets = [{ format: format2, file: o["output-file"] }];
  const extra = [...o.output ?? []];
  if (o["sarif-file"] !== void 0) extra.push(`sarif=${o["sarif-file"]}`);
  for (const spec of extra) {
    const eq = spec.indexOf("=");
    const name = eq < 0 ? "" : spec.slice(0, eq).trim();
    const file = eq < 0 ? "" : spec.slice(eq + 1).trim();
    if (!isFormatName(name) || file === "") {
      throw new UsageError(`--output expects <format>=<file> with a format among ${FORMAT_NAMES.join(", ")}, got "${spec}"`);
    }
    targets.push({ format: name, file: file === "-" ? void 0 : file });
  }
  const toStdout = targets.filter((t) => t.file === void 0).length;
  if (toStdout > 1) throw new UsageError("only one report can go to standard output; give the others a file");
  const files = targets.flatMap((t) => t.file === void 0 ? [] : [t.file]);
  const dup = files.find((f, i) => files.indexOf(f) !== i);
  if (dup !== void 0) throw new UsageError(`two reports would be written to ${dup}`);
  return targets;
}
function writeReport(file, text) {
  mkdirSync(path7.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
async function main(argv, io) {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        "output-file": { type: "string", short: "o" },
        output: { type: "string", multiple: true },
        "sarif-file": { type: "string" },
        "sarif-category": { type: "string" },
        "fail-on": { type: "string" },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean" },
        phase: { type: "string" },
        rule: { type: "string", multiple: true },
        "list-rules": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (err) {
    io.stderr(`mtls-lint: ${err.message}

${HELP}`);
    return 2;
  }
  const o = args.values;
  if (o.help) {
    io.stdout(HELP);
    return 0;
  }
  if (o.version) {
    io.stdout(`${TOOL.version}
`);
    return 0;
  }
  if (o["list-rules"]) {
    io.stdout(listRules());
    return 0;
  }
  try {
    const format2 = o.format ?? (io.env.GITHUB_ACTIONS === "true" ? "github" : "text");
    if (!isFormatName(format2)) throw new UsageError(`unknown format "${format2}" (${FORMAT_NAMES.join(", ")})`);
    const reports = parseReports(format2, o);
    const failOn = parseFailOn(o["fail-on"]);
    const maxWarnings = parseMaxWarnings(o["max-warnings"]);
    const phase = o.phase ?? "onboarding";
    if (phase !== "onboarding" && phase !== "enforce") throw new UsageError(`--phase must be onboarding or enforce, not "${o.phase}"`);
    const severities = parseRuleOverrides(o.rule ?? []);
    const run = await lint({ cwd: io.cwd, paths: args.positionals, phase, severities });
    if (run.missing.length > 0) {
      throw new UsageError(`no such file or directory: ${run.missing.join(", ")}`);
    }
    const result = run.result;
    const shown = o.quiet ? errorsOnly(result) : result;
    for (const r of reports) {
      const out = render(r.format, shown, {
        color: r.file === void 0 && shouldColor(io.env, io.isTTY),
        sarifCategory: o["sarif-category"]
      });
      if (r.file === void 0) io.stdout(out);
      else writeReport(path7.resolve(io.cwd, r.file), out);
    }
    if (result.ruleErrors.length > 0) {
      for (const e of result.ruleErrors) io.stderr(`mtls-lint: internal error in rule ${e.ruleId}: ${e.message}
`);
      return 2;
    }
    const failed = result.findings.filter((f) => failing(f, failOn));
    const warnings = result.findings.filter((f) => f.severity === "warning" && !f.suppressions?.length).length;
    if (o.quiet && failed.some((f) => f.severity !== "error")) {
      io.stderr(`mtls-lint: ${failed.length} finding(s) at or above --fail-on ${failOn} (warnings and notes hidden by --quiet)
`);
    }
    if (maxWarnings !== void 0 && warnings > maxWarnings) {
      io.stderr(`mtls-lint: too many warnings (${warnings}; maximum: ${maxWarnings})
`);
      return 1;
    }
    return failed.length > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`mtls-lint: ${err.message}
`);
      return 2;
    }
    io.stderr(`mtls-lint: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}
`);
    return 2;
  }
}

// src/action.ts
function input(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function splitPaths(v) {
  const parts = v.includes("\n") ? v.split(/\r?\n/) : v.split(/\s+/);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}
async function runAction(env, write) {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const sarifFile = path8.resolve(workspace, input(env, "sarif-file") || "mtls-lint.sarif");
  const tmp = mkdtempSync(path8.join(env.RUNNER_TEMP || tmpdir(), "mtls-lint-"));
  try {
    const summaryFile = path8.join(tmp, "summary.md");
    const jsonFile = path8.join(tmp, "result.json");
    const argv = [
      ...splitPaths(input(env, "paths")),
      "--format",
      "github",
      "--output",
      `markdown=${summaryFile}`,
      "--output",
      `json=${jsonFile}`,
      "--sarif-file",
      sarifFile,
      "--fail-on",
      input(env, "fail-on") || "error"
    ];
    const phase = input(env, "phase");
    if (phase) argv.push("--phase", phase);
    const config = input(env, "config");
    if (config) argv.push("--config", config);
    const category = input(env, "sarif-category");
    if (category) argv.push("--sarif-category", category);
    const code2 = await main(argv, { stdout: write, stderr: write, cwd: workspace, env, isTTY: false });
    let summary;
    try {
      summary = JSON.parse(readFileSync3(jsonFile, "utf8")).summary;
    } catch {
    }
    if (env.GITHUB_STEP_SUMMARY) {
      try {
        appendFileSync(env.GITHUB_STEP_SUMMARY, readFileSync3(summaryFile, "utf8") + "\n");
      } catch {
      }
    }
    if (env.GITHUB_OUTPUT && summary) {
      appendFileSync(env.GITHUB_OUTPUT, `errors=${summary.errors}
warnings=${summary.warnings}
sarif-file=${sarifFile}
`);
    }
    if (code2 === 1) write(`::error title=mtls-lint::mtls-lint found findings at or above fail-on (${input(env, "fail-on") || "error"})
`);
    return code2;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
runAction(process.env, (s) => process.stdout.write(s)).then(
  (code2) => {
    process.exitCode = code2;
  },
  (err) => {
    process.stdout.write(`::error title=mtls-lint::internal error: ${String(err).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`);
    process.exitCode = 2;
  }
);
export {
  input,
  runAction,
  splitPaths
};
/*! Bundled license information:

is-extglob/index.js:
  (*!
   * is-extglob <https://github.com/jonschlinkert/is-extglob>
   *
   * Copyright (c) 2014-2016, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

is-glob/index.js:
  (*!
   * is-glob <https://github.com/jonschlinkert/is-glob>
   *
   * Copyright (c) 2014-2017, Jon Schlinkert.
   * Released under the MIT License.
   *)

is-number/index.js:
  (*!
   * is-number <https://github.com/jonschlinkert/is-number>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

to-regex-range/index.js:
  (*!
   * to-regex-range <https://github.com/micromatch/to-regex-range>
   *
   * Copyright (c) 2015-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

fill-range/index.js:
  (*!
   * fill-range <https://github.com/jonschlinkert/fill-range>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

queue-microtask/index.js:
  (*! queue-microtask. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)

run-parallel/index.js:
  (*! run-parallel. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)
*/
