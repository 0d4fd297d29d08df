export const id = 794;
export const ids = [794];
export const modules = {

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJson: () => (/* binding */ renderJson)
/* harmony export */ });
/** The JSON report (docs/report.schema.json), pretty-printed with a final newline. */
function renderJson(report) {
    return JSON.stringify(report, null, 2) + '\n';
}


/***/ })

};
