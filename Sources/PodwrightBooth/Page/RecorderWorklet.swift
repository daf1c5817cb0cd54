/// The AudioWorklet processor that captures the microphone as PCM: it posts the level of every block for the meter
/// and, while recording, the samples themselves (first channel), in chunks of 2048 frames.
enum RecorderWorklet {
    static let source = #"""
        class BoothRecorder extends AudioWorkletProcessor {
          constructor() {
            super();
            this.recording = false;
            this.buffer = new Float32Array(2048);
            this.filled = 0;
            this.peak = 0;
            this.sum = 0;
            this.count = 0;
            this.port.onmessage = (event) => {
              if (event.data.command === 'start') {
                this.recording = true;
                this.filled = 0;
              } else if (event.data.command === 'stop') {
                this.flush();
                this.recording = false;
                this.port.postMessage({ done: true, id: event.data.id });
              }
            };
          }
          flush() {
            if (this.recording && this.filled > 0) {
              const chunk = this.buffer.slice(0, this.filled);
              this.port.postMessage({ samples: chunk }, [chunk.buffer]);
            }
            this.filled = 0;
          }
          process(inputs) {
            const input = inputs[0];
            if (input && input.length > 0) {
              const channel = input[0];
              for (let i = 0; i < channel.length; i++) {
                const value = channel[i];
                const magnitude = Math.abs(value);
                if (magnitude > this.peak) this.peak = magnitude;
                this.sum += value * value;
                this.count++;
                if (this.recording) {
                  this.buffer[this.filled++] = value;
                  if (this.filled === this.buffer.length) this.flush();
                }
              }
              if (this.count >= 2048) {
                this.port.postMessage({ peak: this.peak, rms: Math.sqrt(this.sum / this.count) });
                this.peak = 0;
                this.sum = 0;
                this.count = 0;
              }
            }
            return true;
          }
        }
        registerProcessor('booth-recorder', BoothRecorder);
        """#
}
