using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

/// <summary>Compact JWS with System.Security.Cryptography only (System.IdentityModel.Tokens.Jwt is unavailable).</summary>
public static class FakeJwt
{
    public static string SignRs256(RSA key, string? keyId, JsonObject payload)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT" };
        if (keyId is not null)
        {
            header["kid"] = keyId;
        }
        var signingInput = Encode(header) + "." + Encode(payload);
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    /// <summary>A token with <c>"alg":"none"</c> and an empty signature, as an attacker would send.</summary>
    public static string Unsigned(JsonObject payload) =>
        Encode(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" }) + "." + Encode(payload) + ".";

    /// <summary>The payload when the RS256 signature matches <paramref name="key"/>; otherwise null.</summary>
    public static JsonObject? VerifyRs256(string jwt, RSA key)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }
        try
        {
            var header = JsonNode.Parse(FromBase64Url(parts[0]))?.AsObject();
            if ((string?)header?["alg"] != "RS256")
            {
                return null;
            }
            var valid = key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), FromBase64Url(parts[2]),
                HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            return valid ? JsonNode.Parse(FromBase64Url(parts[1]))?.AsObject() : null;
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The payload without checking anything, to find out who claims to have signed it.</summary>
    public static JsonObject? ReadPayload(string jwt)
    {
        var parts = jwt.Split('.');
        try
        {
            return parts.Length == 3 ? JsonNode.Parse(FromBase64Url(parts[1]))?.AsObject() : null;
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    public static string Base64Url(ReadOnlySpan<byte> bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    public static byte[] FromBase64Url(string text) => System.Buffers.Text.Base64Url.DecodeFromChars(text);

    private static string Encode(JsonObject json) => Base64Url(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
