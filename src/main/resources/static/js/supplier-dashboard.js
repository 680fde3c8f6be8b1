// Charts of the SRM dashboard (/suppliers/dashboard). Each canvas.supplier-chart names, in
// data-source, the table whose rows carry the numbers (data-label, data-value, data-value2 for a
// second stacked series): the CSP forbids inline scripts, and the table doubles as the text alternative.
(function () {
    'use strict';

    var COLOURS = ['#1f4e79', '#2e86c1', '#48c9b0', '#f4d03f', '#e67e22', '#c0392b', '#7f8c8d', '#8e44ad',
        '#27ae60', '#d35400', '#5d6d7e'];

    function rows(table) {
        return Array.prototype.slice.call(table.querySelectorAll('tr[data-value]'));
    }

    function chart(canvas) {
        var table = document.getElementById(canvas.dataset.source);
        if (!table) {
            return;
        }
        var items = rows(table);
        var labels = items.map(function (r) { return r.dataset.label; });
        var type = canvas.dataset.chartType || 'bar';
        var datasets;
        if (canvas.dataset.stacked) {
            datasets = [
                { label: canvas.dataset.series1, backgroundColor: COLOURS[0],
                  data: items.map(function (r) { return Number(r.dataset.value); }) },
                { label: canvas.dataset.series2, backgroundColor: COLOURS[4],
                  data: items.map(function (r) { return Number(r.dataset.value2); }) }
            ];
        } else {
            datasets = [{ data: items.map(function (r) { return Number(r.dataset.value); }),
                          backgroundColor: labels.map(function (l, i) { return COLOURS[i % COLOURS.length]; }) }];
        }
        var options = { plugins: { legend: { display: type === 'doughnut' || !!canvas.dataset.stacked } } };
        if (type === 'bar') {
            options.indexAxis = canvas.dataset.axis === 'y' ? 'y' : 'x';
            var valueAxis = { beginAtZero: true, ticks: { precision: 0 }, stacked: !!canvas.dataset.stacked };
            var labelAxis = { stacked: !!canvas.dataset.stacked };
            options.scales = options.indexAxis === 'y' ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis };
        }
        new Chart(canvas, { type: type, data: { labels: labels, datasets: datasets }, options: options });
    }

    function render() {
        if (typeof Chart === 'undefined') {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll('canvas.supplier-chart'), chart);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', render);
    } else {
        render();
    }
})();
