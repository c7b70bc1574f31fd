// Draws each shepherded project's cumulative planned and completed investment (万元) with ECharts.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.ledger-chart').forEach(function (box) {
    if (!window.echarts) {
      return;
    }
    var numbers = function (text) { return text ? text.split(',').map(Number) : []; };
    var chart = window.echarts.init(box);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: [box.dataset.plannedLabel, box.dataset.completedLabel] },
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: box.dataset.months ? box.dataset.months.split(',') : [] },
      yAxis: { type: 'value', name: '万元' },
      series: [
        { name: box.dataset.plannedLabel, type: 'line', data: numbers(box.dataset.planned) },
        { name: box.dataset.completedLabel, type: 'bar', data: numbers(box.dataset.completed) }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
