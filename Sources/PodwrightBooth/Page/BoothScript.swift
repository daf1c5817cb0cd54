/// The page's script: shows the line, records it through the worklet, encodes the take as WAV in the page (24-bit
/// PCM at the device's rate), uploads it (retrying until the booth has it), and shows the checks.
enum BoothScript {
    static let source = #"""
        (function () {
          'use strict';
          var query = new URLSearchParams(location.search);
          var token = query.get('token') || '';
          var $ = function (id) { return document.getElementById(id); };
          var state = {
            data: null, filter: null, id: null, shownTake: null, recording: false, chunks: [], started: 0,
            audio: null, pending: [], polling: {}, lastLevel: -120, peakHold: -120, peakAt: 0, timer: null
          };

          function withToken(path) { return path + (path.indexOf('?') < 0 ? '?' : '&') + 'token=' + encodeURIComponent(token); }
          function api(path, options) {
            options = options || {};
            options.headers = Object.assign({ 'X-Booth-Token': token }, options.headers || {});
            return fetch(path, options).then(function (response) {
              return response.json().catch(function () { return {}; }).then(function (body) {
                if (!response.ok) {
                  var error = new Error(body.error || ('The booth answered ' + response.status));
                  error.status = response.status;
                  throw error;
                }
                return body;
              });
            });
          }
          function element(tag, className, text) {
            var node = document.createElement(tag);
            if (className) node.className = className;
            if (text !== undefined) node.textContent = text;
            return node;
          }
          function clock(seconds) {
            seconds = Math.max(0, Math.round(seconds));
            return Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
          }
          function speakerName(id) {
            var speaker = state.data.speakers.find(function (s) { return s.id === id; });
            return speaker ? speaker.name : id;
          }
          function sectionTitle(id) {
            var section = state.data.sections.find(function (s) { return s.id === id; });
            return section ? section.title : id;
          }
          function visible() {
            return state.data.segments.filter(function (s) { return !state.filter || s.speaker === state.filter; });
          }
          function current() {
            var lines = visible();
            return lines.find(function (s) { return s.id === state.id; }) || lines[0] || null;
          }
          function usedTake(segment) {
            if (!segment.takes.length) return null;
            if (segment.pinnedTake) {
              return segment.takes.find(function (t) { return t.number === segment.pinnedTake; }) || null;
            }
            return segment.takes[segment.takes.length - 1];
          }
          function takeLevel(take) {
            if (!take || !take.report) return 'ok';
            var worst = 'ok';
            take.report.findings.forEach(function (f) {
              if (f.level === 'problem') worst = 'problem';
              else if (f.level === 'warning' && worst === 'ok') worst = 'warning';
            });
            return worst;
          }
          function status(segment) {
            var take = usedTake(segment);
            if (!take) return segment.pinnedTake ? 'problem' : 'todo';
            return takeLevel(take) === 'problem' ? 'problem' : 'done';
          }

          // Loading and polling: another tab or a second talent may add takes at any time.
          function load() {
            return api('/api/episode').then(function (data) {
              var first = !state.data;
              state.data = data;
              if (first) {
                $('title').textContent = data.title;
                document.title = 'Booth · ' + data.title;
                var select = $('speaker');
                data.speakers.forEach(function (speaker) {
                  var option = element('option', null, speaker.name);
                  option.value = speaker.id;
                  select.appendChild(option);
                });
                var wanted = query.get('speaker') || data.speaker;
                if (wanted && data.speakers.some(function (s) { return s.id === wanted; })) select.value = wanted;
                state.filter = select.value || null;
                var todo = visible().find(function (s) { return status(s) === 'todo'; });
                state.id = (todo || visible()[0] || {}).id || null;
              }
              var problem = $('script-problem');
              problem.hidden = !data.scriptProblem;
              problem.textContent = data.scriptProblem ? 'script.md has a problem, so the booth shows the script as it '
                + 'last read it: ' + data.scriptProblem : '';
              render();
            });
          }
          function poll() {
            load().catch(function (error) { setStatus('failed', 'The booth does not answer: ' + error.message); })
              .then(function () { setTimeout(poll, 3000); });
          }

          // Rendering.
          function render() {
            var segment = current();
            if (!segment) { $('line').textContent = 'This voice has no lines.'; return; }
            state.id = segment.id;
            var lines = visible();
            var index = lines.indexOf(segment);
            $('position').textContent = sectionTitle(segment.section) + ' · line ' + (index + 1) + ' of ' + lines.length;
            $('current').dataset.segment = segment.id;
            $('current').dataset.status = status(segment);
            $('cue-speaker').textContent = speakerName(segment.speaker).toUpperCase();
            $('cue-id').textContent = segment.id;
            $('cue-time').textContent = 'about ' + clock(segment.estimatedSeconds);
            var all = state.data.segments;
            var at = all.indexOf(segment);
            context($('previous'), all[at - 1], 'Before');
            context($('next'), all[at + 1], 'After');
            var take = shownTake(segment);
            renderLine(segment, take);
            renderChecks(segment, take);
            renderTakes(segment, take);
            renderProgress();
            renderLines(segment);
            renderPending();
          }
          function context(node, segment, label) {
            node.textContent = '';
            if (!segment) return;
            node.appendChild(element('span', 'who', label + ' · ' + speakerName(segment.speaker)));
            node.appendChild(document.createTextNode(' ' + segment.text));
          }
          function shownTake(segment) {
            if (state.shownTake) {
              var chosen = segment.takes.find(function (t) { return t.number === state.shownTake; });
              if (chosen) return chosen;
            }
            return segment.takes[segment.takes.length - 1] || null;
          }
          function renderLine(segment, take) {
            var flags = {};
            var words = take && take.report && take.report.words;
            if (words && words.flagged) words.flagged.forEach(function (f) { flags[f.index] = f; });
            var line = $('line');
            line.textContent = '';
            segment.pieces.forEach(function (piece) {
              var flag = piece.word >= 0 ? flags[piece.word] : null;
              if (!flag) { line.appendChild(document.createTextNode(piece.text)); return; }
              var mark = element('mark', flag.kind === 'skipped' ? 'skipped' : 'changed', piece.text);
              mark.title = flag.kind === 'skipped' ? 'skipped' : 'heard “' + flag.heard.join(' ') + '”';
              line.appendChild(mark);
            });
          }
          function renderChecks(segment, take) {
            var box = $('checks');
            box.textContent = '';
            if (!take) { box.appendChild(element('p', 'hint', 'No take of this line yet.')); return; }
            var report = take.report;
            var heading = element('h2', 'small', 'Checks of take ' + take.number);
            box.appendChild(heading);
            if (!report) { box.appendChild(element('p', 'hint', 'Measuring…')); return; }
            var list = element('ul', 'findings');
            report.findings.forEach(function (f) {
              var item = element('li', f.level, f.message);
              item.dataset.check = f.check;
              list.appendChild(item);
            });
            if (report.words && report.words.state === 'checking') {
              list.appendChild(element('li', 'pending', 'Checking the words…'));
            } else if (report.words && report.words.state === 'unavailable' && state.data.wordCheck) {
              list.appendChild(element('li', 'info', 'Words not checked: ' + (report.words.note || '')));
            }
            if (report.words && report.words.verdict === 'wrong-segment' && report.words.heard.length) {
              list.appendChild(element('li', 'info', 'Heard: “' + report.words.heard.join(' ') + '”'));
            }
            box.appendChild(list);
          }
          function renderTakes(segment, shown) {
            var list = $('takes');
            list.textContent = '';
            segment.takes.slice().reverse().forEach(function (take) {
              var item = element('li', 'take ' + takeLevel(take));
              item.dataset.take = take.number;
              var used = usedTake(segment) === take;
              var label = element('button', 'link', 'Take ' + take.number);
              label.onclick = function () { state.shownTake = take.number; render(); };
              item.appendChild(label);
              var report = take.report;
              if (report) {
                item.appendChild(element('span', 'facts', report.durationSeconds.toFixed(1) + ' s · '
                  + (report.loudnessLUFS === null || report.loudnessLUFS === undefined ? 'silent'
                     : report.loudnessLUFS.toFixed(1) + ' LUFS')));
              }
              item.appendChild(element('span', 'verdict ' + takeLevel(take),
                takeLevel(take) === 'problem' ? 'problem' : takeLevel(take) === 'warning' ? 'check' : 'good'));
              var play = element('button', null, '▶');
              play.title = 'Play take ' + take.number;
              play.onclick = function () { playTake(segment, take.number); };
              item.appendChild(play);
              if (segment.pinnedTake === take.number) {
                item.appendChild(element('span', 'pinned', '★ marked to use'));
              } else {
                var use = element('button', 'use', 'Use this take');
                use.onclick = function () { useTake(segment, take.number); };
                item.appendChild(use);
                if (used) item.appendChild(element('span', 'hint', '(used: the newest)'));
              }
              if (take === shown) item.classList.add('shown');
              list.appendChild(item);
            });
          }
          function tally(lines) {
            var counts = { done: 0, todo: 0, problem: 0 };
            lines.forEach(function (s) { counts[status(s)]++; });
            return counts;
          }
          function renderProgress() {
            var table = $('progress');
            table.textContent = '';
            var head = element('tr');
            ['', 'recorded', 'to do', 'problems'].forEach(function (h) { head.appendChild(element('th', null, h)); });
            table.appendChild(head);
            function group(title) {
              var tr = element('tr', 'group');
              var cell = element('td', null, title);
              cell.colSpan = 4;
              tr.appendChild(cell);
              table.appendChild(tr);
            }
            function row(label, lines, kind, id) {
              var counts = tally(lines);
              var tr = element('tr', kind);
              tr.dataset.progress = kind + ':' + id;
              tr.appendChild(element('td', 'label', label));
              tr.appendChild(element('td', 'done', String(counts.done)));
              tr.appendChild(element('td', 'todo', String(counts.todo)));
              tr.appendChild(element('td', 'problem', String(counts.problem)));
              table.appendChild(tr);
            }
            group('By voice');
            state.data.speakers.forEach(function (speaker) {
              var lines = state.data.segments.filter(function (s) { return s.speaker === speaker.id; });
              if (lines.length) row(speaker.name, lines, 'speaker', speaker.id);
            });
            group(state.filter ? 'By section (' + speakerName(state.filter) + ')' : 'By section');
            state.data.sections.forEach(function (section) {
              var lines = visible().filter(function (s) { return s.section === section.id; });
              if (lines.length) row(section.title, lines, 'section', section.id);
            });
          }
          function renderLines(segment) {
            var list = $('lines');
            list.textContent = '';
            visible().forEach(function (s) {
              var item = element('li', s.id === segment.id ? 'current' : '');
              item.dataset.segment = s.id;
              item.dataset.status = status(s);
              item.appendChild(element('span', 'dot ' + status(s)));
              item.appendChild(element('code', null, s.id));
              item.appendChild(element('span', 'preview', s.text.slice(0, 70)));
              item.onclick = function () { move(s.id); };
              list.appendChild(item);
            });
            var active = list.querySelector('li.current');
            if (active && active.scrollIntoView) active.scrollIntoView({ block: 'nearest' });
          }
          function renderPending() {
            var box = $('pending');
            box.textContent = '';
            state.pending.forEach(function (upload) {
              if (upload.state === 'done') return;
              var item = element('p', 'pending-upload ' + upload.state,
                'Take of ' + upload.segment + ': ' + upload.message);
              if (upload.state === 'failed') {
                var retry = element('button', null, 'Send again');
                retry.onclick = function () { upload.tries = 0; send(upload); };
                item.appendChild(retry);
              }
              box.appendChild(item);
            });
          }
          function setStatus(kind, message) {
            var node = $('status');
            node.dataset.state = kind;
            node.textContent = message;
          }

          // Moving between lines.
          function move(id) {
            if (state.recording) return;
            state.id = id;
            state.shownTake = null;
            setStatus('idle', 'Press Space to record this line.');
            render();
          }
          function step(delta) {
            var lines = visible();
            var index = lines.indexOf(current());
            var next = lines[Math.min(lines.length - 1, Math.max(0, index + delta))];
            if (next) move(next.id);
          }

          // Recording: the microphone raw (no echo cancellation, noise suppression or gain control), as PCM.
          function openMicrophone() {
            if (state.audio) return Promise.resolve(state.audio);
            var constraints = { audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false,
              channelCount: 1 } };
            return navigator.mediaDevices.getUserMedia(constraints).then(function (stream) {
              var settings = stream.getAudioTracks()[0].getSettings();
              var context = settings.sampleRate ? new AudioContext({ sampleRate: settings.sampleRate })
                : new AudioContext();
              return context.audioWorklet.addModule(withToken('recorder.js')).then(function () {
                var source = context.createMediaStreamSource(stream);
                var node = new AudioWorkletNode(context, 'booth-recorder',
                  { numberOfInputs: 1, numberOfOutputs: 1, channelCount: 1, channelCountMode: 'explicit' });
                var silent = context.createGain();
                silent.gain.value = 0;
                source.connect(node);
                node.connect(silent);
                silent.connect(context.destination);
                node.port.onmessage = onWorklet;
                state.audio = { stream: stream, context: context, node: node };
                return state.audio;
              });
            });
          }
          function onWorklet(event) {
            var data = event.data;
            if (data.samples) { if (state.recording) state.chunks.push(data.samples); return; }
            if (data.done) { if (state.finish) state.finish(); return; }
            if (data.peak !== undefined) meter(data.peak, data.rms);
          }
          function meter(peak, rms) {
            var db = peak > 0 ? 20 * Math.log10(peak) : -120;
            var now = performance.now();
            if (db > state.peakHold || now - state.peakAt > 1500) { state.peakHold = db; state.peakAt = now; }
            var width = function (value) { return Math.max(0, Math.min(100, (value + 60) / 60 * 100)); };
            $('meter-fill').style.width = width(db) + '%';
            $('meter-peak').style.left = width(state.peakHold) + '%';
            var node = $('meter');
            node.dataset.levelDb = db.toFixed(1);
            node.classList.toggle('hot', db > -3);
            $('meter-label').textContent = (db <= -119 ? '−∞' : db.toFixed(0)) + ' dBFS';
          }
          function startRecording() {
            var segment = current();
            if (!segment || state.recording || state.starting) return;
            state.starting = true;
            openMicrophone().then(function (audio) {
              if (audio.context.state === 'suspended') return audio.context.resume().then(function () { return audio; });
              return audio;
            }).then(function (audio) {
              state.starting = false;
              state.recording = { segment: segment.id, rate: audio.context.sampleRate };
              state.chunks = [];
              state.started = performance.now();
              audio.node.port.postMessage({ command: 'start' });
              $('record-label').textContent = '■ Stop';
              $('record').classList.add('recording');
              document.body.classList.add('recording');
              tick();
            }).catch(function (error) {
              state.starting = false;
              setStatus('failed', 'The microphone could not be opened: ' + error.message
                + '. Allow the microphone for this page and press Space again.');
            });
          }
          function tick() {
            if (!state.recording) return;
            var segment = state.data.segments.find(function (s) { return s.id === state.recording.segment; });
            var seconds = (performance.now() - state.started) / 1000;
            setStatus('recording', 'Recording ' + segment.id + ' · ' + seconds.toFixed(1) + ' s of about '
              + segment.estimatedSeconds.toFixed(0) + ' s · Space to stop, R to start over');
            state.timer = setTimeout(tick, 100);
          }
          function stopRecording(keep) {
            if (!state.recording) return Promise.resolve();
            var recording = state.recording;
            recording.seconds = (performance.now() - state.started) / 1000;
            clearTimeout(state.timer);
            return new Promise(function (resolve) {
              state.finish = function () {
                state.finish = null;
                var chunks = state.chunks;
                state.chunks = [];
                state.recording = false;
                $('record-label').textContent = '● Record';
                $('record').classList.remove('recording');
                document.body.classList.remove('recording');
                if (keep) {
                  var upload = { key: 'u' + Date.now().toString(36) + Math.random().toString(36).slice(2, 10),
                    segment: recording.segment, wav: encode(chunks, recording.rate), tries: 0, state: 'sending',
                    message: 'sending…', seconds: recording.seconds };
                  state.pending.push(upload);
                  window.boothLastRecording = { segment: upload.segment, seconds: recording.seconds,
                    rate: recording.rate, bytes: upload.wav.size };
                  send(upload);
                }
                resolve();
              };
              state.audio.node.port.postMessage({ command: 'stop' });
            });
          }
          function toggle() { if (state.recording) stopRecording(true); else startRecording(); }
          function retake() {
            if (state.recording) {
              stopRecording(false).then(function () { startRecording(); });
            } else {
              startRecording();
            }
          }

          // WAV, 24-bit PCM, mono, at the device's rate.
          function encode(chunks, rate) {
            var frames = chunks.reduce(function (n, c) { return n + c.length; }, 0);
            var buffer = new ArrayBuffer(44 + frames * 3);
            var view = new DataView(buffer);
            var text = function (at, value) { for (var i = 0; i < 4; i++) view.setUint8(at + i, value.charCodeAt(i)); };
            text(0, 'RIFF'); view.setUint32(4, 36 + frames * 3, true); text(8, 'WAVE');
            text(12, 'fmt '); view.setUint32(16, 16, true); view.setUint16(20, 1, true); view.setUint16(22, 1, true);
            view.setUint32(24, rate, true); view.setUint32(28, rate * 3, true); view.setUint16(32, 3, true);
            view.setUint16(34, 24, true); text(36, 'data'); view.setUint32(40, frames * 3, true);
            var offset = 44;
            chunks.forEach(function (chunk) {
              for (var i = 0; i < chunk.length; i++) {
                var value = Math.max(-1, Math.min(1, chunk[i]));
                var integer = Math.round(value < 0 ? value * 8388608 : value * 8388607);
                view.setUint8(offset, integer & 0xff);
                view.setUint8(offset + 1, (integer >> 8) & 0xff);
                view.setUint8(offset + 2, (integer >> 16) & 0xff);
                offset += 3;
              }
            });
            return new Blob([buffer], { type: 'audio/wav' });
          }

          // Uploading, retried with a growing wait: the same key each time, so the booth files it once.
          function send(upload) {
            upload.tries++;
            upload.state = 'sending';
            upload.message = upload.tries > 1 ? 'sending again (try ' + upload.tries + ')…' : 'sending…';
            setStatus('uploading', 'Saving the take of ' + upload.segment + '…');
            renderPending();
            var started = performance.now();
            api('/api/segments/' + encodeURIComponent(upload.segment) + '/takes',
              { method: 'POST', body: upload.wav, headers: { 'Content-Type': 'audio/wav', 'X-Upload-Key': upload.key } })
              .then(function (report) {
                upload.state = 'done';
                upload.wav = null;
                window.boothUploadMilliseconds = performance.now() - started;
                var problems = report.findings.filter(function (f) { return f.level === 'problem'; });
                if (problems.length) {
                  setStatus('problem', 'Take ' + report.take + ' of ' + upload.segment + ' has a problem: '
                    + problems[0].message + ' Press R to record it again.');
                } else {
                  setStatus('saved', 'Saved as take ' + report.take + ' of ' + upload.segment + '.'
                    + (report.words && report.words.state === 'checking' ? ' Checking the words…' : ''));
                }
                if (state.id === upload.segment) state.shownTake = report.take;
                return load().then(function () { watchWords(upload.segment, report.take); });
              })
              .catch(function (error) {
                if (error.status && error.status < 500) {
                  upload.state = 'refused';
                  upload.message = error.message;
                  setStatus('failed', error.message);
                } else if (upload.tries < 6) {
                  upload.state = 'waiting';
                  upload.message = 'not saved yet (' + error.message + '); trying again…';
                  setTimeout(function () { send(upload); }, Math.min(16000, 500 * Math.pow(2, upload.tries)));
                } else {
                  upload.state = 'failed';
                  upload.message = 'not saved: the booth cannot be reached. The take is kept in this page.';
                  setStatus('failed', 'The take of ' + upload.segment + ' is not saved yet: press “Send again”.');
                }
                renderPending();
              });
          }
          function watchWords(segmentID, number) {
            var key = segmentID + '/' + number;
            if (state.polling[key]) return;
            state.polling[key] = true;
            var started = performance.now();
            var again = function () {
              api('/api/segments/' + encodeURIComponent(segmentID) + '/takes/' + number).then(function (report) {
                if (report.words && report.words.state === 'checking' && performance.now() - started < 120000) {
                  setTimeout(again, 400);
                  return;
                }
                delete state.polling[key];
                window.boothWordMilliseconds = performance.now() - started;
                var problems = report.findings.filter(function (f) { return f.level === 'problem'; });
                if (state.id === segmentID && !state.recording) {
                  if (problems.length) {
                    setStatus('problem', 'Take ' + number + ' of ' + segmentID + ': ' + problems[problems.length - 1].message
                      + ' Press R to record it again.');
                  } else {
                    setStatus('saved', 'Take ' + number + ' of ' + segmentID + ' is good.');
                  }
                }
                load();
              }).catch(function () { delete state.polling[key]; });
            };
            again();
          }

          // Playback of any take.
          function playTake(segment, number) {
            var player = $('player');
            player.src = withToken('/api/segments/' + encodeURIComponent(segment.id) + '/takes/' + number + '/audio');
            player.play().then(function () {
              setStatus('idle', 'Playing take ' + number + ' of ' + segment.id + ' (P to stop).');
            }).catch(function (error) { setStatus('failed', 'Cannot play the take: ' + error.message); });
          }
          function togglePlay() {
            var player = $('player');
            if (!player.paused) { player.pause(); setStatus('idle', 'Stopped.'); return; }
            var segment = current();
            var take = segment && shownTake(segment);
            if (!take) { setStatus('idle', 'This line has no take to play yet.'); return; }
            playTake(segment, take.number);
          }
          function useTake(segment, number) {
            api('/api/segments/' + encodeURIComponent(segment.id) + '/takes/' + number + '/use', { method: 'POST' })
              .then(function () { setStatus('saved', 'Take ' + number + ' of ' + segment.id + ' is marked to use in script.md.'); return load(); })
              .catch(function (error) { setStatus('failed', error.message); });
          }

          // Keyboard and buttons.
          document.addEventListener('keydown', function (event) {
            if (event.target && (event.target.tagName === 'SELECT' || event.target.tagName === 'INPUT')) return;
            if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
            var key = event.key;
            if (key === ' ' || key === 'Spacebar') { toggle(); }
            else if (key === 'r' || key === 'R') { retake(); }
            else if (key === 'p' || key === 'P') { togglePlay(); }
            else if (key === 'ArrowRight' || key === 'ArrowDown') { step(1); }
            else if (key === 'ArrowLeft' || key === 'ArrowUp') { step(-1); }
            else return;
            event.preventDefault();
          });
          $('record').onclick = function () { this.blur(); toggle(); };
          $('retake').onclick = function () { this.blur(); retake(); };
          $('play').onclick = function () { this.blur(); togglePlay(); };
          $('previous-button').onclick = function () { this.blur(); step(-1); };
          $('next-button').onclick = function () { this.blur(); step(1); };
          $('speaker').onchange = function () {
            state.filter = this.value || null;
            state.shownTake = null;
            this.blur();
            render();
          };
          window.addEventListener('beforeunload', function (event) {
            if (state.recording || state.pending.some(function (u) { return u.state !== 'done' && u.state !== 'refused'; })) {
              event.preventDefault();
              event.returnValue = '';
            }
          });
          poll();
        })();
        """#
}
