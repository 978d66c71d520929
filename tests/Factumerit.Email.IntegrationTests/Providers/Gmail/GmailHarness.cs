using System.Globalization;
using Factumerit.Email.IntegrationTests.Fakes.Gmail;
using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Providers.Gmail.Credentials;
using Factumerit.Email.Providers.Gmail.Push;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Providers.Gmail;

/// <summary>The Gmail provider registered as the host registers it, pointed at the Google fakes.</summary>
internal sealed class GmailHarness : IAsyncDisposable
{
    public const int MaxRetries = 3;
    public const string PushAudience = "https://email.factumerit.test/api/gmail/push";
    public const string PushServiceAccount = "gmail-push@factumerit-test.iam.gserviceaccount.com";
    public const string ClientId = "harness-client.apps.googleusercontent.com";
    public const string ClientSecret = "harness-client-secret";

    private ServiceProvider _services = null!;

    private GmailHarness(FakeGoogleAccessTokens tokens, FakeGoogleTokenServer tokenServer, FakeGmailServer gmail, FakeGoogleJwks jwks)
    {
        Tokens = tokens;
        TokenServer = tokenServer;
        Gmail = gmail;
        Jwks = jwks;
    }

    public FakeGoogleAccessTokens Tokens { get; }
    public FakeGoogleTokenServer TokenServer { get; }
    public FakeGmailServer Gmail { get; }
    public FakeGoogleJwks Jwks { get; }
    public GmailTestClock Clock { get; } = new();

    /// <summary>A mailbox address no other test uses.</summary>
    public string Mailbox { get; } = $"owner-{Guid.NewGuid():N}@example.test";

    public GmailClientFactory Clients => _services.GetRequiredService<GmailClientFactory>();
    public GmailCredentialFactory Credentials => _services.GetRequiredService<GmailCredentialFactory>();
    public GmailPushAuthenticator PushAuthenticator => _services.GetRequiredService<GmailPushAuthenticator>();

    public static async Task<GmailHarness> StartAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var tokens = new FakeGoogleAccessTokens();
        var harness = new GmailHarness(tokens, await FakeGoogleTokenServer.StartAsync(tokens),
            await FakeGmailServer.StartAsync(tokens), await FakeGoogleJwks.StartAsync());
        var settings = new Dictionary<string, string?>
        {
            ["Gmail:BaseUrl"] = harness.Gmail.BaseAddress.ToString(),
            ["Gmail:TokenUrl"] = harness.TokenServer.TokenUrl.ToString(),
            ["Gmail:JwksUrl"] = harness.Jwks.JwksUrl.ToString(),
            ["Gmail:PushAudience"] = PushAudience,
            ["Gmail:PushServiceAccount"] = PushServiceAccount,
            ["Gmail:MaxRetries"] = MaxRetries.ToString(CultureInfo.InvariantCulture),
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        harness._services = new ServiceCollection()
            .AddSingleton<TimeProvider>(harness.Clock)
            .AddGmail(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return harness;
    }

    /// <summary>A client for <see cref="Mailbox"/> authenticated with a refresh token the fake token server knows.</summary>
    public GmailClient CreateClient(string? mailbox = null)
    {
        var user = mailbox ?? Mailbox;
        var refreshToken = TokenServer.RegisterRefreshToken(user, ClientId, ClientSecret);
        return Clients.Create(Credentials.FromRefreshToken(user, ClientId, ClientSecret, refreshToken));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Gmail.DisposeAsync();
        await TokenServer.DisposeAsync();
        await Jwks.DisposeAsync();
    }
}
