import Foundation
import PodwrightCore
import Testing

/// A speaker is a person or a body that issues statements: never the place, nationality or institution that an
/// appositive attaches to the person.
@Suite struct SpeakerKindTests {
    @Test func theInstitutionInAnAppositiveIsNotTheSpeaker() {
        let spans = QuoteFinderTests.found([
            "“The rate will fall before it rises,” Douglas Reid, president of the Harbor Policy Forum, said on Monday.",
            "“Nobody at the port saw this coming,” Ellen Ford, a shipping analyst at Coastline Research, said.",
        ])
        #expect(spans.map(\.speaker) == ["Douglas Reid", "Ellen Ford"])
    }

    @Test func placesAndNationalitiesNeverSpeak() {
        let spans = QuoteFinderTests.found([
            "Marta Quill, a strategist from Florida, was blunt. “If we lose the suburbs, we lose the state,” she said.",
            "“We will not sign it,” a Los Angeles-based lawyer for the tenants, Omar Haddad, said.",
        ])
        #expect(spans.map(\.speaker) == ["Marta Quill", "Omar Haddad"])
    }
}
