using Factumerit.Email.Drafting.Styles;
using Factumerit.Email.Tests.Routing;

namespace Factumerit.Email.Tests.Drafting;

public sealed class CommunicationStylesLoaderTests
{
    [Fact]
    public void The_committed_styles_file_loads_with_business_as_the_fallback()
    {
        var styles = CommunicationStylesLoader.Load(Path.Combine(RepositoryFiles.Root, "config", "communication_styles.yaml"));

        Assert.Superset(new HashSet<string> { "business", "formal", "casual" }, styles.Names.ToHashSet());
        Assert.Equal("Best regards", styles.Fallback.SignOff);
        Assert.Equal("business", styles.Resolve("no-such-style").Name);
        Assert.Equal("formal", styles.Resolve("Formal").Name);
        Assert.Contains(styles.Resolve("business").Examples, e => e.Draft.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void Every_mistake_is_reported_with_its_line_and_column()
    {
        const string yaml = """
            styles:
              business:
                language: klingon
                sign_off: Regards
                rules: []
                tone: warm
              Casual:
                rules: [x]
              formal:
                rules: [x]
                examples:
                  - context: c
                    input: i
            """;

        var ex = Assert.Throws<StyleConfigException>(() => CommunicationStylesLoader.Load(new StringReader(yaml), "styles.yaml"));

        Assert.Equal(
        [
            "styles.yaml:6:5: style 'business': unknown key 'tone'; allowed keys are language, sign_off, rules, examples",
            "styles.yaml:3:15: style 'business': 'language' must be 'auto' or a language code such as 'cs' or 'en', got 'klingon'",
            "styles.yaml:5:12: style 'business': 'rules' must be a non-empty list of text",
            "styles.yaml:7:3: style name 'Casual' must be lower-case letters, digits, '_' or '-'",
            "styles.yaml:10:5: style 'formal': 'sign_off' is required",
            "styles.yaml:12:9: style 'formal': example 1: 'draft' is required",
        ], ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_file_without_the_business_style_is_rejected()
    {
        const string yaml = "styles:\n  casual:\n    sign_off: Cheers\n    rules: [Be brief]\n";

        var ex = Assert.Throws<StyleConfigException>(() => CommunicationStylesLoader.Load(new StringReader(yaml), "styles.yaml"));

        Assert.Equal("styles.yaml:2:3: style 'business' is required: it is the fallback", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Broken_YAML_is_reported_at_its_position()
    {
        var ex = Assert.Throws<StyleConfigException>(() =>
            CommunicationStylesLoader.Load(new StringReader("styles:\n  business: [unclosed\n"), "styles.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("invalid YAML: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_style_without_examples_or_language_defaults_to_the_senders_language()
    {
        var styles = CommunicationStylesLoader.Load(new StringReader("styles:\n  business:\n    sign_off: Regards\n    rules: [Be clear]\n"), "s.yaml");

        Assert.True(styles.Fallback.MatchesSenderLanguage);
        Assert.Empty(styles.Fallback.Examples);
    }
}
