import PodwrightAudio
import Testing

@Suite struct AudioFormatTests {
    @Test(arguments: AudioFormat.allCases) func everyFormatHasAnAudioMimeType(format: AudioFormat) {
        #expect(format.mimeType.hasPrefix("audio/"))
    }
}
