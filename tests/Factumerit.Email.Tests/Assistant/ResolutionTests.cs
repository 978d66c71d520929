using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Mail;

namespace Factumerit.Email.Tests.Assistant;

public sealed class ResolutionTests
{
    private static readonly MailboxSettings Settings = new()
    {
        StyleOverrides = new Dictionary<string, string> { ["important@client.com"] = "formal" },
        DomainOverrides = new Dictionary<string, string> { ["*.client.com"] = "casual", ["client.com"] = "business" },
        LanguageOverrides = new Dictionary<string, string> { ["boss@firma.cz"] = "en", ["*.de"] = "de" },
        DefaultLanguage = "cs",
    };

    private static EmailAddress A(string address) => EmailAddress.Parse(address);

    [Fact]
    public void Style_prefers_the_exact_address_then_the_domain_then_the_llm_then_business()
    {
        Assert.Equal("formal", Resolution.Style(A("important@client.com"), Settings, "casual", StyleCatalog.Default));
        Assert.Equal("casual", Resolution.Style(A("someone@eu.client.com"), Settings, "formal", StyleCatalog.Default));
        Assert.Equal("formal", Resolution.Style(A("x@other.org"), Settings, "Formal", StyleCatalog.Default));
        Assert.Equal("business", Resolution.Style(A("x@other.org"), Settings, null, StyleCatalog.Default));
        Assert.Equal("business", Resolution.Style(A("x@other.org"), Settings, "pirate", StyleCatalog.Default));
    }

    [Fact]
    public void Language_prefers_overrides_then_the_llm_then_the_mailbox_default()
    {
        Assert.Equal("en", Resolution.Language(A("boss@firma.cz"), Settings, "cs"));
        Assert.Equal("de", Resolution.Language(A("info@shop.de"), Settings, "en"));
        Assert.Equal("sk", Resolution.Language(A("x@other.org"), Settings, "SK"));
        Assert.Equal("cs", Resolution.Language(A("x@other.org"), Settings, null));
        Assert.Equal("cs", Resolution.Language(A("x@other.org"), Settings, "the language is English"));
    }
}
