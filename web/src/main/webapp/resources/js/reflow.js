/*
 * Weerbaar at 320 px (WCAG 1.4.10 reflow). Without script everything stays visible, merely longer.
 * Also two repairs of PrimeFaces markup that axe-core found (see nameTheCell and nameDatePickerButtons).
 * - The main menu folds behind a button on narrow screens (aria-expanded; Escape closes it).
 * - The calendar (p:schedule extender="weerbaarCalendar") shows a list instead of a month grid there,
 *   and its cells carry their names where ARIA allows them.
 */
(function () {
    "use strict";
    var NARROW = "(max-width: 40rem)";

    function foldingMenu() {
        var button = document.getElementById("menuKnop");
        var menu = document.getElementById("hoofdmenu");
        if (!button || !menu) {
            return;
        }
        document.documentElement.classList.add("menu-folds");
        button.hidden = false;
        function show(open) {
            button.setAttribute("aria-expanded", open ? "true" : "false");
            menu.classList.toggle("open", open);
        }
        button.addEventListener("click", function () {
            show(button.getAttribute("aria-expanded") !== "true");
        });
        menu.addEventListener("keydown", function (e) {
            if (e.key === "Escape" && menu.classList.contains("open") && window.matchMedia(NARROW).matches) {
                show(false);
                button.focus();
            }
        });
    }

    function viewFor(narrow, wide) {
        return narrow ? "listMonth" : wide;
    }

    /**
     * FullCalendar names its day numbers and weekday headers with aria-label on links without href, where
     * ARIA allows no name (axe aria-prohibited-attr). The whole date goes to the table cell instead.
     */
    function nameTheCell(arg) {
        arg.el.querySelectorAll("a[aria-label]:not([href])").forEach(function (link) {
            var cell = link.closest("td, th");
            if (cell && !cell.hasAttribute("aria-label")) {
                cell.setAttribute("aria-label", link.getAttribute("aria-label"));
                cell.removeAttribute("aria-labelledby");
            }
            link.removeAttribute("aria-label");
        });
    }

    /** PrimeFaces calls this with the schedule widget as this, before the calendar is drawn. */
    window.weerbaarCalendar = function () {
        var options = this.cfg.options;
        var wide = options.initialView || "dayGridMonth";
        var query = window.matchMedia(NARROW);
        options.initialView = viewFor(query.matches, wide);
        if (query.matches) {
            // The list as long as it is: a fixed-height box would scroll by itself, out of keyboard reach.
            options.height = "auto";
        }
        // Four view buttons and a title do not fit beside each other in 320 px: there only the month and the list.
        options.headerToolbar = {left: "prev,next today", center: "title",
            right: query.matches ? "dayGridMonth,listMonth" : "dayGridMonth,timeGridWeek,timeGridDay,listMonth"};
        options.dayCellDidMount = nameTheCell;
        options.dayHeaderDidMount = nameTheCell;
        options.windowResize = function (arg) {
            var wanted = viewFor(window.matchMedia(NARROW).matches, wide);
            if (arg.view.type !== wanted) {
                if (wanted === "listMonth") {
                    arg.view.calendar.setOption("height", "auto");
                }
                arg.view.calendar.changeView(wanted);
            }
        };
    };

    /**
     * Below 576 px PrimeFaces' date picker draws its button again (touch mode) without the aria-label it had:
     * a button with no name (axe button-name). Each such button gets PrimeFaces' own "choose date" label back.
     */
    function nameDatePickerButtons() {
        function name(root) {
            if (!window.PrimeFaces || !root.querySelectorAll) {
                return;
            }
            root.querySelectorAll(".ui-datepicker-trigger:not([aria-label])").forEach(function (button) {
                button.setAttribute("aria-label", PrimeFaces.getLocaleLabel("chooseDate"));
            });
        }
        name(document);
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                change.addedNodes.forEach(function (node) {
                    if (node.nodeType === 1) {
                        name(node.parentNode || node);
                    }
                });
            });
        }).observe(document.body, {childList: true, subtree: true});
    }

    function start() {
        foldingMenu();
        nameDatePickerButtons();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
