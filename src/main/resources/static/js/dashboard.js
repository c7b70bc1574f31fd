// Draws the dashboard's bar charts with ECharts; a click on a bar opens the records behind it.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.dashboard-chart').forEach(function (box) {
    if (!window.echarts) {
      return;
    }
    var labels = box.dataset.labels ? box.dataset.labels.split('\u001f') : [];
    var values = box.dataset.values ? box.dataset.values.split(',').map(Number) : [];
    var hrefs = box.dataset.hrefs ? box.dataset.hrefs.split(' ') : [];
    var chart = window.echarts.init(box);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 12, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 45 : 0 } },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: values, itemStyle: { color: '#0d6efd' } }]
    });
    chart.on('click', function (event) {
      if (hrefs[event.dataIndex]) {
        window.location.href = hrefs[event.dataIndex];
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
