using Factumerit.Email.Providers.Resend;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Tests.Providers.Resend;

public sealed class ResendOptionsTests
{
    [Theory]
    [InlineData("re_key", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw whsec_%%", "WebhookSecret")]
    [InlineData(null, "not base64 %%", "WebhookSecret")]
    public void Start_up_fails_naming_the_bad_setting(string? apiKey, string? secret, string key)
    {
        using var provider = Provider(apiKey, secret);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key, error.Message);
        Assert.DoesNotContain("%%", error.Message);
    }

    [Fact]
    public void Development_starts_without_an_api_key_or_a_webhook_secret()
    {
        using var provider = Provider(null, null);

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<ResendOptions>>().Value;

        Assert.False(options.HasApiKey);
        Assert.False(options.HasWebhookSecret);
    }

    [Fact]
    public void Defaults_the_base_url_and_a_versioned_user_agent()
    {
        using var provider = Provider("re_key", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<ResendOptions>>().Value;

        Assert.Equal(new Uri("https://api.resend.com"), options.BaseUrl);
        Assert.Matches(@"^factumerit-email/\d+\.\d+\.\d+", options.UserAgent);
    }

    private static ServiceProvider Provider(string? apiKey, string? secret)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Resend:ApiKey"] = apiKey,
            ["Resend:WebhookSecret"] = secret,
        }).Build();
        return new ServiceCollection().AddResend(configuration).BuildServiceProvider();
    }
}
