// Offline scanning: keeps the event's offline list (valid badge ids, revocations, who is inside) in IndexedDB,
// decides scans on this device while the network is down, queues them and uploads them when it is back. Each
// queued scan keeps its nonce, so an upload repeated after a lost answer still counts once on the server; a badge
// two gates admitted while offline comes back as a conflict and is listed on the page.
(function () {
    'use strict';
    var station = document.getElementById('scan-station');
    if (!station || !window.indexedDB) { return; }
    var eventId = station.dataset.event;
    var state = document.getElementById('offline-state');
    var conflicts = document.getElementById('scan-conflicts');
    var door = window.SupplierMeetupsDoor = window.SupplierMeetupsDoor || {};
    var list = null;
    var inside = new Set();
    var dbPromise = new Promise(function (resolve, reject) {
        var open = indexedDB.open('suppliermeetups-door', 1);
        open.onupgradeneeded = function () {
            open.result.createObjectStore('lists');
            open.result.createObjectStore('queue', { keyPath: 'nonce' });
        };
        open.onsuccess = function () { resolve(open.result); };
        open.onerror = function () { reject(open.error); };
    });

    function store(name, mode, work) {
        return dbPromise.then(function (db) {
            return new Promise(function (resolve, reject) {
                var tx = db.transaction(name, mode);
                var result = work(tx.objectStore(name));
                tx.oncomplete = function () { resolve(result && 'result' in result ? result.result : undefined); };
                tx.onerror = function () { reject(tx.error); };
            });
        });
    }

    function use(loaded) {
        list = loaded;
        list.valid = new Map();
        loaded.badges.forEach(function (b) { list.valid.set(b[0], b); });
        list.revokedSet = new Set(loaded.revoked);
        inside = new Set(loaded.inside);
        station.dataset.offlineReady = 'true';
    }

    function refreshList() {
        return fetch('/api/v1/events/' + eventId + '/checkins/offline-list', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.json(); })
            .then(function (loaded) {
                return store('lists', 'readwrite', function (s) { return s.put(loaded, eventId); }).then(function () { use(loaded); });
            });
    }

    function base64url(bytes) {
        var text = '';
        bytes.forEach(function (b) { text += String.fromCharCode(b); });
        return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    // A token is 32 bytes as 43 base64url characters: the badge id's 16 bytes, then the signature.
    function badgeIdOf(token) {
        if (!/^[A-Za-z0-9_-]{43}$/.test(token)) { return null; }
        try {
            var binary = atob(token.replace(/-/g, '+').replace(/_/g, '/') + '=');
            var bytes = [];
            for (var i = 0; i < 16; i++) { bytes.push(binary.charCodeAt(i)); }
            return base64url(bytes);
        } catch (e) { return null; }
    }

    function localParts(date) {
        var parts = {};
        new Intl.DateTimeFormat('en-GB', { timeZone: list.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
            .formatToParts(date).forEach(function (p) { parts[p.type] = p.value; });
        return { date: parts.year + '-' + parts.month + '-' + parts.day, time: parts.hour + ':' + parts.minute + ':' + parts.second };
    }

    function doorsOpen(date) {
        var local = localParts(date);
        return local.date >= list.startDate && local.date <= list.endDate && local.time >= list.doorsOpen.slice(0, 8) && local.time < list.doorsClose.slice(0, 8);
    }

    var sequence = Date.now();
    var colours = { Admitted: 'green', Exited: 'green', AlreadyInside: 'amber', OutsideHours: 'amber', Revoked: 'red', NotABadge: 'red' };
    var headlineKeys = { Admitted: 'headlineAdmitted', Exited: 'headlineExited', AlreadyInside: 'headlineAlreadyInside', Revoked: 'headlineRevoked', OutsideHours: 'headlineOutsideHours', NotABadge: 'headlineNotABadge' };

    // Decides like the server, from the list: signature aside (the key never leaves the server), which the upload checks.
    function decide(scan) {
        var id = badgeIdOf(scan.token);
        var badge = id && list ? list.valid.get(id) : null;
        var result;
        if (!list || !id || (!badge && !list.revokedSet.has(id))) { result = 'NotABadge'; }
        else if (!badge) { result = 'Revoked'; }
        else if (!doorsOpen(new Date(scan.scannedAt))) { result = 'OutsideHours'; }
        else if (scan.direction === 'Exit') { result = 'Exited'; inside.delete(id); }
        else if (inside.has(id)) { result = 'AlreadyInside'; }
        else { result = 'Admitted'; inside.add(id); }
        scan.offlineResult = result;
        scan.sequence = ++sequence;
        scan.personName = badge ? badge[2] : null;
        return store('queue', 'readwrite', function (s) { return s.put(scan); }).then(countQueue).then(function () {
            return {
                result: result, colour: colours[result], headline: station.dataset[headlineKeys[result]],
                personName: badge ? badge[2] : '', organization: '', badgeTypeLabel: badge ? list.typeLabels[badge[1]] : '',
                detail: station.dataset.offlineLabel
            };
        });
    }

    function countQueue() {
        return store('queue', 'readonly', function (s) { return s.count(); }).then(function (n) {
            station.dataset.queue = String(n);
            state.textContent = n > 0 ? station.dataset.offlineLabel + ' (' + n + ')' : '';
        });
    }

    var shown = new Set();
    function showConflict(scan) {
        // A conflict uploaded again (its answer was lost) is the same conflict, shown once.
        if (shown.has(scan.nonce)) { return; }
        shown.add(scan.nonce);
        var item = document.createElement('li');
        item.textContent = station.dataset.conflictLabel.replace('{0}', scan.personName || '?');
        conflicts.appendChild(item);
        conflicts.hidden = false;
    }

    var uploading = null;
    function upload() {
        if (uploading) { return uploading; }
        uploading = store('queue', 'readonly', function (s) { return s.getAll(); }).then(function (queued) {
            // In the order they were scanned (the store keeps them by nonce): an entry before the rescan it explains.
            queued.sort(function (a, b) { return a.scannedAt < b.scannedAt ? -1 : a.scannedAt > b.scannedAt ? 1 : a.sequence - b.sequence; });
            return queued.reduce(function (previous, scan) {
                return previous.then(function () {
                    var body = { token: scan.token, gate: scan.gate, direction: scan.direction, nonce: scan.nonce, scannedAt: scan.scannedAt, offlineResult: scan.offlineResult };
                    return door.send(body).then(function (response) {
                        if (response.status === 401 || response.status === 403 || response.status >= 500) { throw new Error(String(response.status)); }
                        return response.json().then(function (answer) {
                            if (answer && answer.conflict) { showConflict(scan); }
                            return store('queue', 'readwrite', function (s) { return s.delete(scan.nonce); });
                        });
                    });
                });
            }, Promise.resolve());
        }).catch(function () { /* still offline: the queue stays for the next try */ })
            .then(countQueue).then(function () { uploading = null; if (navigator.onLine) { refreshList().catch(function () { }); } });
        return uploading;
    }

    door.offline = { decide: decide, upload: upload };

    store('lists', 'readonly', function (s) { return s.get(eventId); })
        .then(function (saved) { if (saved) { use(saved); } })
        .then(function () { return navigator.onLine ? refreshList() : null; })
        .catch(function () { })
        .then(countQueue)
        .then(function () { if (navigator.onLine) { upload(); } });
    window.addEventListener('online', function () { upload(); });
    setInterval(function () { if (navigator.onLine) { upload(); } }, 15000);

    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register('/checkin-sw.js', { scope: '/checkin/' }).catch(function () { });
    }
})();
