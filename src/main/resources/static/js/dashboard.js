// 督查看板: each chart is drawn from the data table beside it (the table is the source, the chart
// its picture); a bar or slice whose row links somewhere leads there.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  function number(text) {
    var t = text.trim();
    return t === '' || t === '—' ? null : Number(t);
  }
  function read(table) {
    var columns = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    });
    var rows = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (tr) {
      var cells = tr.querySelectorAll('th, td');
      return {
        category: cells[0].textContent.trim(),
        values: Array.prototype.slice.call(cells, 1).map(function (c) { return number(c.textContent); }),
        link: tr.getAttribute('data-link')
      };
    });
    return { columns: columns, rows: rows };
  }
  function markLine(spec, categories) {
    if (!spec) {
      return undefined;
    }
    var data = spec.split('|').map(function (m) {
      var at = m.indexOf(':');
      var value = m.substring(0, at);
      var line = categories.indexOf(value) >= 0 ? { xAxis: value } : { yAxis: Number(value) };
      line.label = { formatter: m.substring(at + 1), position: 'insideEndTop' };
      return line;
    });
    return { symbol: 'none', silent: true, lineStyle: { color: '#c00', type: 'dashed' }, data: data };
  }
  function option(kind, data, marks) {
    var categories = data.rows.map(function (r) { return r.category; });
    if (kind === 'pie') {
      return {
        animation: false,
        tooltip: { trigger: 'item' },
        legend: { bottom: 0 },
        series: [{ type: 'pie', radius: ['35%', '65%'], data: data.rows.map(function (r) {
          return { name: r.category, value: r.values[0] };
        }) }]
      };
    }
    var series = data.columns.slice(1).map(function (name, i) {
      return {
        name: name,
        type: kind,
        connectNulls: false,
        data: data.rows.map(function (r) { return r.values[i]; }),
        markLine: i === 0 ? markLine(marks, categories) : undefined
      };
    });
    return {
      // no motion: the figures are read, not watched (and a bar is where it is at once)
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 48, right: 24, top: 40, bottom: 64, containLabel: true },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 'auto', rotate: categories.length > 8 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: series
    };
  }
  Array.prototype.forEach.call(document.querySelectorAll('.chart[data-chart]'), function (el) {
    var table = document.getElementById(el.getAttribute('data-table'));
    if (!table) {
      return;
    }
    var data = read(table);
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option(el.getAttribute('data-chart'), data, el.getAttribute('data-mark-lines')));
    chart.on('click', function (p) {
      var row = data.rows[p.dataIndex];
      if (row && row.link) {
        window.location.href = row.link;
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
