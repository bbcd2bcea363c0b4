// The door's scanning station: sends each scan to the redeem API and shows the answer large, coloured and with a
// sound. A USB scanner types into the focused field and presses Enter; the camera is read with BarcodeDetector
// where the browser has it, otherwise with jsQR (qr-camera.js). Without this script the form posts itself.
(function () {
    'use strict';
    var station = document.getElementById('scan-station');
    if (!station) { return; }
    var form = document.getElementById('scan-form');
    var input = document.getElementById('scan-code');
    var answer = document.getElementById('scan-answer');
    var status = document.getElementById('scan-status');
    var eventId = station.dataset.event;
    var gateId = station.dataset.gate;
    var direction = station.dataset.direction;
    var door = window.SupplierMeetupsDoor = window.SupplierMeetupsDoor || {};

    function nonce() {
        if (window.crypto && crypto.randomUUID) { return crypto.randomUUID().replace(/-/g, ''); }
        return Date.now().toString(36) + Math.random().toString(36).slice(2);
    }

    function show(result) {
        answer.className = 'scan-answer scan-' + result.colour;
        answer.dataset.result = result.result;
        answer.querySelectorAll('[data-field]').forEach(function (el) {
            var value = result[el.dataset.field];
            el.textContent = value === null || value === undefined ? '' : value;
        });
        beep(result.colour);
    }
    door.show = show;

    var audio = null;
    function beep(colour) {
        try {
            audio = audio || new (window.AudioContext || window.webkitAudioContext)();
            // Green: one high tone; amber: two middle tones; red: one long low tone.
            var tones = colour === 'green' ? [[880, 0, 0.15]] : colour === 'amber' ? [[600, 0, 0.15], [600, 0.25, 0.15]] : [[220, 0, 0.6]];
            tones.forEach(function (t) {
                var osc = audio.createOscillator();
                var gain = audio.createGain();
                osc.frequency.value = t[0];
                gain.gain.value = 0.2;
                osc.connect(gain);
                gain.connect(audio.destination);
                osc.start(audio.currentTime + t[1]);
                osc.stop(audio.currentTime + t[1] + t[2]);
            });
        } catch (e) { /* no sound on this device: the colour still says it */ }
    }

    function send(scan) {
        return fetch('/api/v1/events/' + eventId + '/checkins', {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: JSON.stringify(scan)
        });
    }
    door.send = send;

    function submit(code) {
        code = (code || '').trim();
        if (!code) { return; }
        var scan = { token: code, gate: gateId, direction: direction, nonce: nonce(), scannedAt: new Date().toISOString() };
        status.textContent = '';
        var offline = door.offline;
        var attempt = offline && !navigator.onLine ? Promise.reject(new Error('offline')) : send(scan);
        attempt.then(function (response) {
            return response.json().then(function (body) {
                if (response.ok) { show(body); }
                else { status.textContent = body.detail || station.dataset.errorLabel; beep('red'); }
            });
        }).catch(function () {
            if (offline) { offline.decide(scan).then(show); status.textContent = station.dataset.offlineLabel; }
            else { status.textContent = station.dataset.errorLabel; beep('red'); }
        });
    }
    door.submit = submit;

    form.addEventListener('submit', function (e) {
        e.preventDefault();
        var code = input.value;
        input.value = '';
        input.focus();
        submit(code);
    });

    // An answer the server rendered (the form posted without this script, or a search result) still beeps.
    if (answer.dataset.result) { beep(answer.className.indexOf('scan-green') >= 0 ? 'green' : answer.className.indexOf('scan-amber') >= 0 ? 'amber' : 'red'); }

    // Keep the field focused so that a handheld scanner's typing always lands in it.
    document.addEventListener('click', function (e) {
        if (!e.target.closest('input, button, a, select, textarea, video')) { input.focus(); }
    });

    // --- camera (qr-camera.js) ---
    var last = { text: '', at: 0 };
    window.SupplierMeetupsCamera.attach({
        toggle: document.getElementById('camera-toggle'),
        video: document.getElementById('camera-view'),
        read: function (text) {
            // The same badge held in front of the camera is one scan, not one per frame.
            if (text !== last.text || Date.now() - last.at > 3000) {
                last = { text: text, at: Date.now() };
                submit(text);
            }
            return false;
        },
        failed: function () { status.textContent = station.dataset.errorLabel; },
    });
})();
