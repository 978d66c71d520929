using Factumerit.Email.Providers.Gmail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Tests.Providers.Gmail;

public sealed class GmailOptionsTests
{
    private static GmailOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddGmail(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<GmailOptions>>().Value;
    }

    [Fact]
    public void Defaults_point_at_google()
    {
        var options = Resolve([]);

        Assert.Equal(new Uri("https://gmail.googleapis.com/"), options.GetBaseUri());
        Assert.Equal("https://oauth2.googleapis.com/token", options.TokenUrl);
        Assert.Equal("https://www.googleapis.com/oauth2/v3/certs", options.JwksUrl);
        Assert.Equal([GmailOptions.GmailModifyScope], options.GetScopes());
        Assert.False(options.IsPushConfigured);
    }

    [Fact]
    public void Scopes_split_on_spaces_and_commas_and_base_urls_gain_a_slash()
    {
        var options = Resolve(new()
        {
            ["Gmail:Scopes"] = "https://www.googleapis.com/auth/gmail.modify, https://www.googleapis.com/auth/gmail.labels",
            ["Gmail:BaseUrl"] = "http://127.0.0.1:5000/gmail-fake",
        });

        Assert.Equal(2, options.GetScopes().Count);
        Assert.Equal("http://127.0.0.1:5000/gmail-fake/", options.GetBaseUri().ToString());
    }

    [Theory]
    [InlineData("Gmail:BaseUrl", "not a url", "Gmail:BaseUrl")]
    [InlineData("Gmail:TokenUrl", "ftp://token.test", "Gmail:TokenUrl")]
    [InlineData("Gmail:JwksUrl", "", "Gmail:JwksUrl")]
    [InlineData("Gmail:PushAudience", "https://aud.test", "Gmail:PushServiceAccount")]
    [InlineData("Gmail:MaxRetries", "11", "MaxRetries")]
    [InlineData("Gmail:Scopes", " , ", "Gmail:Scopes")]
    public void Bad_settings_fail_validation_naming_the_key(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_push_account_must_be_an_email()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Gmail:PushAudience"] = "https://aud.test",
            ["Gmail:PushServiceAccount"] = "not-an-email",
        }));

        Assert.Contains("PushServiceAccount", error.Message, StringComparison.Ordinal);
    }
}
