/*
 * Weerbaar's few page scripts (a file of its own, so the Content-Security-Policy needs no inline script).
 * 1. English calendars and date pickers start their weeks on Monday, as in the Netherlands
 *    (PrimeFaces' English locale starts on Sunday); PrimeFaces' widgets read the locale when they start,
 *    after the document is ready, so the change is made before them.
 * 2. A partial update that redraws the focused control would leave keyboard users on the body: focus
 *    goes back to that control when it is still there, else to the update's message, else to main.
 * 3. An open modal dialog keeps the focus. PrimeFaces gives the focus back to a dialog's opener 100 ms
 *    after it closes, even when it has been opened again in the meantime: Escape and a quick Enter on
 *    the same button left keyboard users on the page behind the confirmation.
 */
(function () {
    function mondayFirst() {
        var locales = window.PrimeFaces && PrimeFaces.locales;
        if (!locales) {
            return;
        }
        // Without PrimeFaces' locale-en.js the widgets fall back to its built-in en_US; the calendar looks up "en" only.
        if (!locales.en && locales.en_US) {
            locales.en = jQuery.extend(true, {}, locales.en_US);
        }
        Object.keys(locales).filter(function (code) { return code.indexOf('en') === 0; }).forEach(function (code) {
            locales[code].firstDayOfWeek = 1;
        });
    }
    if (!window.jQuery) {
        return;
    }
    mondayFirst();
    jQuery(mondayFirst);
    // An update of the whole view (update="@all") may run this file, and jQuery, again: what was focused is
    // kept on the window, and the handlers are bound once for each jQuery.
    var state = window.weerbaarFocus || (window.weerbaarFocus = {id: null, bound: []});
    if (state.bound.indexOf(jQuery) >= 0) {
        return;
    }
    state.bound.push(jQuery);

    function focusable(element) {
        if (!element) {
            return false;
        }
        element.focus();
        return document.activeElement === element;
    }
    function lost() {
        return !document.activeElement || document.activeElement === document.body;
    }
    function openModal() {
        var open = jQuery('.ui-dialog[aria-modal="true"]:visible');
        return open.length ? open.last() : null;
    }
    jQuery(document).on('focusin', function (event) {
        var dialog = openModal();
        if (!dialog || dialog[0].contains(event.target)) {
            return;
        }
        // A confirmation starts on its safe answer, as when it opens.
        var safe = dialog.find('.ui-confirmdialog-no:visible');
        (safe.length ? safe : dialog.find(':button,:input,a[href]').filter(':visible:enabled')).first().trigger('focus');
    });
    jQuery(document).on('pfAjaxSend', function () {
        var active = document.activeElement;
        state.id = active && active !== document.body ? active.id : null;
    });
    jQuery(document).on('pfAjaxComplete', function () {
        var wanted = state.id;
        // After PrimeFaces' own oncomplete work (a dialog that opens takes the focus itself).
        setTimeout(function () {
            if (!lost()) {
                return;
            }
            if (wanted && focusable(document.getElementById(wanted))) {
                return;
            }
            if (focusable(document.querySelector('.page-message'))) {
                return;
            }
            focusable(document.getElementById('inhoud'));
        }, 0);
    });
})();
