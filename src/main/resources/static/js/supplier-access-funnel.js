// Charts of the onboarding funnel (/suppliers/access-cases/funnel). The numbers come from data-*
// attributes of #funnel-chart-data (the CSP forbids inline scripts); Chart.js is the WebJar's UMD bundle.
(function () {
    'use strict';

    function numbers(text) {
        return text ? text.split(',').map(Number) : [];
    }

    function render() {
        var holder = document.getElementById('funnel-chart-data');
        if (!holder || typeof Chart === 'undefined') {
            return;
        }
        var d = holder.dataset;
        var stages = d.stages.split('|');
        new Chart(document.getElementById('funnel-cases-chart'), {
            type: 'bar',
            data: {
                labels: stages,
                datasets: [
                    { label: d.labelReached, data: numbers(d.reached), backgroundColor: '#0d6efd' },
                    { label: d.labelWaiting, data: numbers(d.waiting), backgroundColor: '#ffc107' }
                ]
            },
            options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
        });
        new Chart(document.getElementById('funnel-days-chart'), {
            type: 'bar',
            data: {
                labels: stages,
                datasets: [
                    { label: d.labelMedian, data: numbers(d.median), backgroundColor: '#198754' },
                    { label: d.labelMean, data: numbers(d.mean), backgroundColor: '#6c757d' }
                ]
            },
            options: { scales: { y: { beginAtZero: true } } }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', render);
    } else {
        render();
    }
})();
