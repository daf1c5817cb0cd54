/// The page's behaviour, without libraries: a custom deck over the native `<audio>` (which stays as the fallback
/// when scripts are off), the waveform, seeking, and the highlighted transcript line.
extension EpisodePage {
    static let script = #"""
        (function () {
          "use strict";
          var audio = document.getElementById("audio");
          var deck = document.querySelector(".deck");
          var data = JSON.parse(document.getElementById("peaks").textContent);
          var wave = deck.querySelector(".wave"), canvas = wave.querySelector("canvas"), hover = wave.querySelector(".hover");
          var playButton = deck.querySelector(".play"), rateButton = deck.querySelector(".rate");
          var elapsed = deck.querySelector(".elapsed"), nowChapter = deck.querySelector(".now-chapter");
          var caption = deck.querySelector(".caption"), follow = document.querySelector(".follow input");
          var lines = Array.prototype.slice.call(document.querySelectorAll("#transcript [data-start][data-end]"));
          var starts = lines.map(function (line) { return parseFloat(line.getAttribute("data-start")); });
          var words = Array.prototype.slice.call(document.querySelectorAll("#transcript .word[data-start]"));
          var wordStarts = words.map(function (word) { return parseFloat(word.getAttribute("data-start")); });
          var spoken = null;
          var chapterLinks = Array.prototype.slice.call(document.querySelectorAll("ol.chapters [data-chapter-start]"));
          var chapterStarts = chapterLinks.map(function (a) { return parseFloat(a.getAttribute("data-chapter-start")); });
          var failed = false, current = null, activeChapter = null, lastUserScroll = 0, frame = 0, dragging = false;
          var rates = [1, 1.25, 1.5, 1.75, 2, 0.75];

          audio.controls = false;
          deck.hidden = false;

          function duration() { return isFinite(audio.duration) && audio.duration > 0 ? audio.duration : data.duration; }
          function clock(t) {
            t = Math.max(0, Math.floor(t));
            var h = Math.floor(t / 3600), m = Math.floor(t / 60) % 60, s = t % 60;
            return (h ? h + ":" + (m < 10 ? "0" : "") : "") + m + ":" + (s < 10 ? "0" : "") + s;
          }
          function lastAtOrBefore(list, t) {
            var lo = 0, hi = list.length - 1, found = -1;
            while (lo <= hi) { var mid = (lo + hi) >> 1; if (list[mid] <= t + 0.001) { found = mid; lo = mid + 1; } else { hi = mid - 1; } }
            return found;
          }
          function chapterTitle(t) {
            var i = lastAtOrBefore(chapterStarts, t);
            return i < 0 ? "" : chapterLinks[i].querySelector("span").textContent;
          }
          function placeMarks() {
            Array.prototype.forEach.call(wave.querySelectorAll("[data-mark]"), function (mark) {
              mark.style.left = (100 * parseFloat(mark.getAttribute("data-mark")) / duration()) + "%";
            });
          }
          function follows() { return follow.checked && !audio.paused && Date.now() - lastUserScroll > 4000; }
          function reveal(line) {
            var rect = line.getBoundingClientRect(), top = deck.getBoundingClientRect().bottom + 24;
            if (rect.top < top || rect.bottom > window.innerHeight - 48) {
              window.scrollTo({ top: window.scrollY + rect.top - top - (window.innerHeight - top) * 0.3, behavior: "smooth" });
            }
          }
          function showCaption(line) {
            if (failed) { return; }
            caption.textContent = "";
            if (!line) { caption.textContent = "Press play, or click any line of the transcript to listen from there."; return; }
            var turn = line.closest(".turn"), name = turn && turn.getAttribute("data-name");
            if (name) { var b = document.createElement("b"); b.textContent = name; caption.appendChild(b); }
            caption.appendChild(document.createTextNode(line.textContent));
          }
          function update() {
            var t = audio.currentTime, i = lastAtOrBefore(starts, t), line = i < 0 ? null : lines[i];
            if (line !== current) {
              if (current) { current.classList.remove("current"); }
              if (line) { line.classList.add("current"); if (follows()) { reveal(line); } }
              current = line;
              showCaption(line);
            }
            var w = lastAtOrBefore(wordStarts, t), word = w < 0 || !line || !line.contains(words[w]) ? null : words[w];
            if (word !== spoken) {
              if (spoken) { spoken.classList.remove("spoken"); }
              if (word) { word.classList.add("spoken"); }
              spoken = word;
            }
            var c = lastAtOrBefore(chapterStarts, t), link = c < 0 ? null : chapterLinks[c];
            if (link !== activeChapter) {
              if (activeChapter) { activeChapter.classList.remove("active"); }
              if (link) { link.classList.add("active"); nowChapter.textContent = chapterTitle(t); }
              activeChapter = link;
            }
            elapsed.textContent = clock(t);
            wave.setAttribute("aria-valuenow", Math.floor(t));
            wave.setAttribute("aria-valuetext", clock(t) + " of " + clock(duration()));
            draw();
          }
          function draw() {
            var ratio = window.devicePixelRatio || 1, width = wave.clientWidth, height = wave.clientHeight;
            if (!width) { return; }
            if (canvas.width !== Math.round(width * ratio)) { canvas.width = Math.round(width * ratio); }
            if (canvas.height !== Math.round(height * ratio)) { canvas.height = Math.round(height * ratio); }
            var g = canvas.getContext("2d"), style = getComputedStyle(document.documentElement);
            var played = style.getPropertyValue("--accent").trim(), rest = style.getPropertyValue("--wave").trim();
            g.setTransform(ratio, 0, 0, ratio, 0, 0);
            g.clearRect(0, 0, width, height);
            var step = 4, bar = 2.5, count = Math.max(1, Math.floor(width / step)), peaks = data.peaks;
            var progress = Math.min(1, audio.currentTime / duration()) * width, middle = height / 2;
            for (var i = 0; i < count; i++) {
              var value = 0;
              if (peaks.length) {
                var from = Math.floor(i * peaks.length / count), to = Math.max(from + 1, Math.floor((i + 1) * peaks.length / count));
                for (var j = from; j < to && j < peaks.length; j++) { value = Math.max(value, peaks[j]); }
              }
              var h = Math.max(2, Math.sqrt(value) * (height - 6));
              g.fillStyle = i * step < progress ? played : rest;
              g.fillRect(i * step, middle - h / 2, bar, h);
            }
            g.fillStyle = style.getPropertyValue("--fg").trim();
            g.fillRect(Math.min(width - 2, Math.max(0, progress - 1)), 0, 2, height);
          }
          function seek(t, play) {
            audio.currentTime = Math.max(0, Math.min(t, duration()));
            update();
            if (play && audio.paused) { audio.play().catch(function () {}); }
          }
          function timeAt(event) {
            var rect = wave.getBoundingClientRect();
            return Math.max(0, Math.min(1, (event.clientX - rect.left) / rect.width)) * duration();
          }
          function tick() { update(); frame = audio.paused ? 0 : requestAnimationFrame(tick); }

          document.addEventListener("click", function (event) {
            var target = event.target.closest("[data-chapter-start],[data-seek],#transcript [data-start]");
            if (!target) { return; }
            event.preventDefault();
            var t = target.getAttribute("data-chapter-start") || target.getAttribute("data-seek") || target.getAttribute("data-start");
            seek(parseFloat(t), true);
          });
          playButton.addEventListener("click", function () { if (audio.paused) { audio.play().catch(function () {}); } else { audio.pause(); } });
          rateButton.addEventListener("click", function () {
            var next = rates[(rates.indexOf(audio.playbackRate) + 1) % rates.length] || 1;
            audio.playbackRate = next;
            rateButton.textContent = next + "×";
          });
          wave.addEventListener("pointerdown", function (event) { dragging = true; wave.setPointerCapture(event.pointerId); seek(timeAt(event), false); });
          wave.addEventListener("pointermove", function (event) {
            var t = timeAt(event);
            hover.hidden = false;
            hover.style.left = (100 * t / duration()) + "%";
            hover.textContent = clock(t) + " · " + chapterTitle(t);
            if (dragging) { seek(t, false); }
          });
          wave.addEventListener("pointerup", function () { dragging = false; });
          wave.addEventListener("pointerleave", function () { hover.hidden = true; });
          wave.addEventListener("keydown", function (event) {
            var delta = event.key === "ArrowRight" ? 5 : event.key === "ArrowLeft" ? -5 : 0;
            if (delta) { event.preventDefault(); seek(audio.currentTime + delta, false); }
          });
          document.addEventListener("keydown", function (event) {
            var tag = (event.target.tagName || "").toLowerCase();
            if (tag === "input" || tag === "textarea" || tag === "button" || event.metaKey || event.ctrlKey || event.altKey) { return; }
            if (event.key === " " || event.key === "k") { event.preventDefault(); playButton.click(); }
            if (event.key === "j") { seek(audio.currentTime - 10, false); }
            if (event.key === "l") { seek(audio.currentTime + 10, false); }
          });
          ["wheel", "touchmove"].forEach(function (type) {
            window.addEventListener(type, function () { lastUserScroll = Date.now(); }, { passive: true });
          });
          audio.addEventListener("play", function () { deck.classList.add("playing"); playButton.setAttribute("aria-label", "Pause"); if (!frame) { tick(); } });
          audio.addEventListener("pause", function () { deck.classList.remove("playing"); playButton.setAttribute("aria-label", "Play"); update(); });
          audio.addEventListener("timeupdate", update);
          audio.addEventListener("seeked", update);
          audio.addEventListener("loadedmetadata", function () { placeMarks(); update(); });
          audio.addEventListener("error", function () { failed = true; caption.textContent = "The audio file could not be loaded."; });
          window.addEventListener("resize", draw);
          placeMarks();
          update();
          var hash = /^#t=(\d+(?:\.\d+)?)$/.exec(location.hash);
          if (hash) { seek(parseFloat(hash[1]), false); }
        })();
        """#
}
