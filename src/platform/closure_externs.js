// For closure compiler 20220104 (--closure 1): browser APIs used by web_library.js that its externs lack, and
// stored JSON fields, so that these names are never renamed: the Web Locks API, the global localStorage.
/** @type {!Storage} */
var localStorage;
/** @constructor */
function LockManager() {}
/** @return {!Promise<*>} */
LockManager.prototype.request = function(name, optionsOrCallback, callback) {};
/** @type {!LockManager} */
Navigator.prototype.locks;
/** @type {boolean} */
LockManager.prototype.ifAvailable;
/** The writer lease in localStorage (the Web Locks fallback), read by every version of the app. @record */
function KstthcLease() {}
/** @type {string} */
KstthcLease.prototype.id;
/** @type {number} */
KstthcLease.prototype.until;
