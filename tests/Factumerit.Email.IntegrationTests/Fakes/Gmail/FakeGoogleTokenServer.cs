using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

/// <summary>
/// Google's OAuth token endpoint (<c>POST /token</c>, form-encoded) for the two grants Gmail credentials use:
/// <c>refresh_token</c> (client id + secret + a registered refresh token) and the service-account
/// <c>jwt-bearer</c> assertion, whose RS256 signature is checked against the key in the JSON this fake made.
/// Issued tokens go into the shared <see cref="FakeGoogleAccessTokens"/>.
/// </summary>
public sealed class FakeGoogleTokenServer : IAsyncDisposable
{
    public const string JwtBearerGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (string User, string ClientId, string ClientSecret)> _refreshTokens = new();
    private readonly ConcurrentDictionary<string, RSA> _serviceAccounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<FakeTokenGrant> _grants = new();

    private FakeGoogleTokenServer(WebApplication app, FakeGoogleAccessTokens tokens)
    {
        _app = app;
        Tokens = tokens;
    }

    public FakeGoogleAccessTokens Tokens { get; }

    public Uri TokenUrl { get; private set; } = null!;

    /// <summary>Every successful or refused grant, oldest first.</summary>
    public IReadOnlyList<FakeTokenGrant> Grants => [.. _grants];

    public static async Task<FakeGoogleTokenServer> StartAsync(FakeGoogleAccessTokens tokens, CancellationToken cancellationToken = default)
    {
        var app = FakeKestrel.Create();
        var server = new FakeGoogleTokenServer(app, tokens);
        app.MapPost("/token", (Delegate)server.HandleAsync);
        var baseAddress = await FakeKestrel.StartAsync(app, cancellationToken);
        server.TokenUrl = new Uri(baseAddress, "token");
        return server;
    }

    /// <summary>A refresh token for <paramref name="user"/>, valid with this OAuth client.</summary>
    public string RegisterRefreshToken(string user, string clientId = "fake-client.apps.googleusercontent.com",
        string clientSecret = "fake-client-secret")
    {
        var refreshToken = "1//fake-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _refreshTokens[refreshToken] = (user, clientId, clientSecret);
        return refreshToken;
    }

    public void RevokeRefreshToken(string refreshToken) => _refreshTokens.TryRemove(refreshToken, out _);

    /// <summary>A service-account key file (as Google Cloud downloads it) whose key this server trusts.</summary>
    public string CreateServiceAccountJson(string clientEmail = "gmail-sync@fake-project.iam.gserviceaccount.com")
    {
        var key = RSA.Create(2048);
        _serviceAccounts[clientEmail] = key;
        return new JsonObject
        {
            ["type"] = "service_account",
            ["project_id"] = "fake-project",
            ["private_key_id"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20)),
            ["private_key"] = key.ExportPkcs8PrivateKeyPem() + "\n",
            ["client_email"] = clientEmail,
            ["client_id"] = "100000000000000000001",
            ["auth_uri"] = "https://accounts.google.com/o/oauth2/auth",
            ["token_uri"] = "https://oauth2.googleapis.com/token",
        }.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        foreach (var key in _serviceAccounts.Values)
        {
            key.Dispose();
        }
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return Refuse(400, "invalid_request", "Expected a form body.", "?", null);
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var grantType = form["grant_type"].ToString();
        return grantType switch
        {
            "refresh_token" => RefreshGrant(form),
            JwtBearerGrant => AssertionGrant(form),
            _ => Refuse(400, "unsupported_grant_type", "Invalid grant_type: " + grantType, grantType, null),
        };
    }

    private IResult RefreshGrant(IFormCollection form)
    {
        if (!_refreshTokens.TryGetValue(form["refresh_token"].ToString(), out var registered))
        {
            return Refuse(400, "invalid_grant", "Bad Request", "refresh_token", null);
        }
        if (form["client_id"] != registered.ClientId || form["client_secret"] != registered.ClientSecret)
        {
            return Refuse(401, "invalid_client", "Unauthorized", "refresh_token", registered.User);
        }
        return Grant("refresh_token", registered.User, null);
    }

    private IResult AssertionGrant(IFormCollection form)
    {
        var assertion = form["assertion"].ToString();
        var claimed = FakeJwt.ReadPayload(assertion);
        var issuer = (string?)claimed?["iss"];
        if (issuer is null || !_serviceAccounts.TryGetValue(issuer, out var key) || FakeJwt.VerifyRs256(assertion, key) is not { } payload)
        {
            return Refuse(400, "invalid_grant", "Invalid JWT Signature.", JwtBearerGrant, null);
        }
        var scope = (string?)payload["scope"];
        var expires = (long?)payload["exp"];
        if (string.IsNullOrWhiteSpace(scope) || expires is null || expires < DateTimeOffset.UtcNow.ToUnixTimeSeconds())
        {
            return Refuse(400, "invalid_grant", "Invalid JWT: Token must be a short-lived token and in a reasonable timeframe.", JwtBearerGrant, null);
        }
        // Domain-wide delegation: the mailbox is the "sub" claim; without it the account acts as itself.
        var user = (string?)payload["sub"] ?? issuer;
        return Grant(JwtBearerGrant, user, scope);
    }

    private IResult Grant(string grantType, string user, string? scope)
    {
        var token = Tokens.Issue(user);
        _grants.Enqueue(new FakeTokenGrant(grantType, user, scope, null));
        return Json(200, new JsonObject
        {
            ["access_token"] = token,
            ["expires_in"] = 3599,
            ["scope"] = scope ?? "https://www.googleapis.com/auth/gmail.modify",
            ["token_type"] = "Bearer",
        });
    }

    private IResult Refuse(int status, string error, string description, string grantType, string? user)
    {
        _grants.Enqueue(new FakeTokenGrant(grantType, user, null, error));
        return Json(status, new JsonObject { ["error"] = error, ["error_description"] = description });
    }

    private static IResult Json(int status, JsonObject body) =>
        Results.Content(body.ToJsonString(), "application/json", System.Text.Encoding.UTF8, status);
}

/// <summary>One token request: the grant, who it was for, and the OAuth error when refused.</summary>
public sealed record FakeTokenGrant(string GrantType, string? User, string? Scope, string? Error);
