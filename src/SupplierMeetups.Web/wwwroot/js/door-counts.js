// Refreshes the door's figures without reloading the page: every 5 seconds it asks the server for them again
// (computed from the database, so every instance behind a load balancer answers the same).
(function () {
    'use strict';
    var figures = document.getElementById('door-figures');
    if (!figures) { return; }
    function refresh() {
        fetch(figures.dataset.refresh, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) { if (html !== null) { figures.innerHTML = html; } })
            .catch(function () { /* keep the last figures; try again next time */ })
            .then(function () { setTimeout(refresh, 5000); });
    }
    setTimeout(refresh, 5000);
})();
