// The camera as a QR reader (BarcodeDetector where the browser has it, otherwise the vendored jsQR), shared by the
// door's scanning station and by the kiosk, booth-lead and meeting-table forms. SupplierMeetupsCamera.attach(options)
// turns the toggle button into an on/off switch for the camera and calls options.read(text) for each code seen;
// read returns true to stop reading. A page with form[data-qr-form] gets the form behaviour: the code is typed into
// the form's [data-qr-input] field and the form is sent. A USB scanner types into the focused field and presses
// Enter; without this script the forms post themselves.
(function () {
    'use strict';

    function detector(video) {
        if ('BarcodeDetector' in window) {
            var native = new window.BarcodeDetector({ formats: ['qr_code'] });
            return Promise.resolve(function () {
                return native.detect(video).then(function (codes) { return codes.length ? codes[0].rawValue : null; });
            });
        }
        return new Promise(function (resolve, reject) {
            var script = document.createElement('script');
            script.src = '/lib/jsqr/jsQR.js';
            script.onload = function () {
                var canvas = document.createElement('canvas');
                var context = canvas.getContext('2d', { willReadFrequently: true });
                resolve(function () {
                    if (!video.videoWidth) { return Promise.resolve(null); }
                    canvas.width = video.videoWidth;
                    canvas.height = video.videoHeight;
                    context.drawImage(video, 0, 0);
                    var image = context.getImageData(0, 0, canvas.width, canvas.height);
                    var code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
                    return Promise.resolve(code ? code.data : null);
                });
            };
            script.onerror = reject;
            document.head.appendChild(script);
        });
    }

    /** options: toggle (button), video, read(text) → true to stop, failed() when the camera cannot start. */
    function attach(options) {
        var toggle = options.toggle;
        var video = options.video;
        if (!toggle || !video || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { return false; }
        toggle.hidden = false;
        var stream = null;
        var done = false;

        function loop(read) {
            if (!stream || done) { return; }
            read().then(function (text) {
                if (text && !done && options.read(text)) { done = true; }
            }).catch(function () { }).then(function () { setTimeout(function () { loop(read); }, 150); });
        }

        toggle.addEventListener('click', function () {
            if (stream) {
                stream.getTracks().forEach(function (t) { t.stop(); });
                stream = null;
                video.hidden = true;
                return;
            }
            navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(function (s) {
                stream = s;
                video.srcObject = s;
                video.hidden = false;
                return video.play().then(function () { return detector(video); }).then(loop);
            }).catch(function () { if (options.failed) { options.failed(); } });
        });
        return true;
    }

    window.SupplierMeetupsCamera = { attach: attach };

    var form = document.querySelector('form[data-qr-form]');
    if (!form) { return; }
    var field = form.querySelector('[data-qr-input]');
    var status = document.getElementById('scan-status');
    var toggle = document.getElementById('camera-toggle');
    attach({
        toggle: toggle,
        video: document.getElementById('camera-view'),
        read: function (text) { field.value = text; form.submit(); return true; },
        failed: function () { if (status) { status.textContent = toggle.dataset.errorLabel || ''; } },
    });
})();
