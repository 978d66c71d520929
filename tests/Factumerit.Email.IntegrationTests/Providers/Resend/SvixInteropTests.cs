using System.Text;
using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.Providers.Resend;

namespace Factumerit.Email.IntegrationTests.Providers.Resend;

/// <summary>Our Svix code against the official svix npm library, in both directions.</summary>
public sealed class SvixInteropTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const long Timestamp = 1_700_000_000;

    public static TheoryData<string> Payloads => new()
    {
        """{"type":"email.received","data":{"email_id":"56761188-7520-42d8-8898-ff6fc54ce618"}}""",
        """{"subject":"Grüße aus Köln — ✂️ 日本語","to":["a@b"]}""",
        "{\n  \"spaced\" : [ 1, 2 ],\r\n  \"kept\": \"as sent\"\n}",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Our_verifier_accepts_what_the_svix_library_signs(string payload)
    {
        var body = Encoding.UTF8.GetBytes(payload);
        var (exitCode, signature) = await NodeScript.RunAsync("svix-sign.mjs", body, Secret, "msg_interop", Timestamp.ToString());
        Assert.True(exitCode == 0, signature);
        var verifier = new SvixWebhookVerifier([Secret], new FixedClock(DateTimeOffset.FromUnixTimeSeconds(Timestamp)));
        var headers = new SvixHeaders("msg_interop", Timestamp.ToString(), signature);

        Assert.Equal(SvixVerificationStatus.Valid, verifier.Verify(headers, body).Status);
        Assert.Equal(SvixVerificationStatus.NoMatchingSignature, verifier.Verify(headers, [.. body, (byte)' ']).Status);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task The_svix_library_accepts_what_our_test_signer_signs(string payload)
    {
        var body = Encoding.UTF8.GetBytes(payload);
        var headers = FakeResendWebhook.SignedHeaders(Secret, "msg_ours", TimeProvider.System.GetUtcNow(), body);

        var (exitCode, output) = await NodeScript.RunAsync("svix-verify.mjs", body,
            Secret, headers["svix-id"], headers["svix-timestamp"], headers["svix-signature"]);

        Assert.True(exitCode == 0, output);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
