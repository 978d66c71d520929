using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

/// <summary>
/// Google's OIDC key set (<c>/oauth2/v3/certs</c>, a JWKS) for a fresh RSA key, and a minter for push tokens
/// signed with it, shaped like the tokens Pub/Sub push sends.
/// </summary>
public sealed class FakeGoogleJwks : IAsyncDisposable
{
    public const string GoogleIssuer = "https://accounts.google.com";

    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);
    private int _fetches;

    private FakeGoogleJwks(WebApplication app)
    {
        _app = app;
        KeyId = "fake-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
    }

    public string KeyId { get; }

    public Uri JwksUrl { get; private set; } = null!;

    /// <summary>How many times the key set was downloaded.</summary>
    public int Fetches => Volatile.Read(ref _fetches);

    public static async Task<FakeGoogleJwks> StartAsync(CancellationToken cancellationToken = default)
    {
        var app = FakeKestrel.Create();
        var jwks = new FakeGoogleJwks(app);
        app.MapGet("/oauth2/v3/certs", (Delegate)jwks.Serve);
        var baseAddress = await FakeKestrel.StartAsync(app, cancellationToken);
        jwks.JwksUrl = new Uri(baseAddress, "oauth2/v3/certs");
        return jwks;
    }

    public string MintPushToken(string audience, string email, bool emailVerified = true, string issuer = GoogleIssuer,
        DateTimeOffset? expiry = null, DateTimeOffset? issuedAt = null, RSA? signingKey = null)
    {
        var issued = issuedAt ?? DateTimeOffset.UtcNow;
        var payload = new JsonObject
        {
            ["aud"] = audience,
            ["azp"] = "112233445566778899000",
            ["email"] = email,
            ["email_verified"] = emailVerified,
            ["exp"] = (expiry ?? issued.AddHours(1)).ToUnixTimeSeconds(),
            ["iat"] = issued.ToUnixTimeSeconds(),
            ["iss"] = issuer,
            ["sub"] = "112233445566778899000",
        };
        return FakeJwt.SignRs256(signingKey ?? _key, KeyId, payload);
    }

    public ValueTask DisposeAsync()
    {
        _key.Dispose();
        return _app.DisposeAsync();
    }

    private IResult Serve(HttpContext context)
    {
        Interlocked.Increment(ref _fetches);
        var parameters = _key.ExportParameters(false);
        var key = new JsonObject
        {
            ["kty"] = "RSA",
            ["alg"] = "RS256",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = FakeJwt.Base64Url(parameters.Modulus),
            ["e"] = FakeJwt.Base64Url(parameters.Exponent),
        };
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(new JsonObject { ["keys"] = new JsonArray(key) }.ToJsonString(), "application/json");
    }
}
