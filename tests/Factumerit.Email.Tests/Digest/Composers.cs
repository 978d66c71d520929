using Factumerit.Email.Digest;
using Factumerit.Email.Digest.Sections;
using Factumerit.Email.Personas.Handlers.Digest;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Tests.Digest;

/// <summary>Composers as the host builds them, with the given sections and link settings.</summary>
internal static class Composers
{
    public const string Secret = "digest-link-secret-for-tests-0123456789";

    public static DigestOptions LinkOptions() => new() { LinkSecret = Secret, PublicBaseUrl = "https://mail.example.test" };

    public static DigestComposer Create(TimeProvider clock, DigestOptions? options, params IDigestSectionSource[] sources)
    {
        var settings = Options.Create(options ?? new DigestOptions());
        return new DigestComposer(sources, new DigestLinks(settings, new DigestLinkTokens(settings, clock)));
    }

    public static DigestComposer ForActivity(IPersonaActivitySource activity, TimeProvider clock) =>
        Create(clock, null, new PersonaActivitySection(activity, Options.Create(new DigestOptions())));
}
