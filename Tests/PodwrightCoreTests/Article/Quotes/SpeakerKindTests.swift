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

    @Test func aPronounPrefersTheNamedSpeakerToAnUnnamedOneAsClose() {
        let spans = QuoteFinderTests.found([
            "“We were promised a clinic,” Grace Lin said. A neighbour in the front row nodded. "
                + "“We will keep asking until it opens,” she said."
        ])
        #expect(spans.map(\.speaker) == ["Grace Lin", "Grace Lin"])
    }
}
