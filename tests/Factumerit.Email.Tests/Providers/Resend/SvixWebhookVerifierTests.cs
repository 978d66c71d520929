using System.Text;
using Factumerit.Email.Providers.Resend;
using Factumerit.Email.Tests.Support;

namespace Factumerit.Email.Tests.Providers.Resend;

public sealed class SvixWebhookVerifierTests
{
    // The published Svix test vector (see shared PROTOCOLS.md, "Svix signature").
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string MessageId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long Timestamp = 1614265330;
    private const string SmallPayload = """{"test": 2432232314}""";
    private const string SmallSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static readonly FakeTimeProvider Clock = new(DateTimeOffset.FromUnixTimeSeconds(Timestamp));

    public static TheoryData<string, int> Vectors => new()
    {
        { "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", -1 },
        { "v1,txpEUxqWZJ5nteTnymUVa+7C4NHpBeXJ6CsBAW0c3/A=", 1_048_576 },
        { "v1,Mw4Pe2WgApuT7NSqnSq0PQPV9gbLdggCl9B865x5Xh0=", 262_144 },
        { "v1,NTItnqyWMoFhk2Bbe5V/BMdcFRWgcSQaTgqLHX7FC7c=", 262_143 },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Accepts_every_published_vector(string signature, int repeatedAs)
    {
        var body = repeatedAs < 0 ? SmallPayload : new string('a', repeatedAs);

        var result = Verifier().Verify(Headers(signature), Encoding.UTF8.GetBytes(body));

        Assert.Equal(SvixVerificationStatus.Valid, result.Status);
        Assert.Equal(MessageId, result.MessageId);
    }

    [Fact]
    public void Rejects_a_corrupted_signature()
    {
        var result = Verifier().Verify(Headers("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLawdd="), Body());

        Assert.Equal(SvixVerificationStatus.NoMatchingSignature, result.Status);
    }

    [Fact]
    public void Rejects_a_body_changed_by_one_byte()
    {
        var result = Verifier().Verify(Headers(SmallSignature), Encoding.UTF8.GetBytes("""{"test": 2432232315}"""));

        Assert.Equal(SvixVerificationStatus.NoMatchingSignature, result.Status);
    }

    [Theory]
    [InlineData("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= " + SmallSignature)]
    [InlineData(SmallSignature + " v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("v1,bm90IGEgc2lnbmF0dXJl " + SmallSignature)]
    [InlineData("v1,%%%notbase64 " + SmallSignature)]
    public void Finds_the_valid_v1_among_decoys(string header)
    {
        Assert.True(Verifier().Verify(Headers(header), Body()).IsValid);
    }

    [Fact]
    public void Ignores_a_valid_signature_labelled_with_another_version()
    {
        var result = Verifier().Verify(Headers("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="), Body());

        Assert.Equal(SvixVerificationStatus.NoMatchingSignature, result.Status);
    }

    [Theory]
    [InlineData("whsec_dGhlIG9sZCBzZWNyZXQ= " + Secret)]
    [InlineData("whsec_dGhlIG9sZCBzZWNyZXQ=," + Secret)]
    [InlineData(Secret + ", whsec_dGhlIG9sZCBzZWNyZXQ=")]
    public void Accepts_a_delivery_signed_with_any_configured_secret(string configured)
    {
        var verifier = new SvixWebhookVerifier([configured], Clock);

        Assert.True(verifier.Verify(Headers(SmallSignature), Body()).IsValid);
    }

    [Fact]
    public void Rejects_a_delivery_signed_with_an_unknown_secret()
    {
        var verifier = new SvixWebhookVerifier(["whsec_dGhlIG9sZCBzZWNyZXQ="], Clock);

        Assert.Equal(SvixVerificationStatus.NoMatchingSignature, verifier.Verify(Headers(SmallSignature), Body()).Status);
    }

    [Theory]
    [InlineData(-300, SvixVerificationStatus.Valid)]
    [InlineData(300, SvixVerificationStatus.Valid)]
    [InlineData(-301, SvixVerificationStatus.TimestampOutOfTolerance)]
    [InlineData(301, SvixVerificationStatus.TimestampOutOfTolerance)]
    public void Allows_five_minutes_of_skew_either_way(int clockOffsetSeconds, SvixVerificationStatus expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(Timestamp + clockOffsetSeconds));
        var verifier = new SvixWebhookVerifier([Secret], clock);

        Assert.Equal(expected, verifier.Verify(Headers(SmallSignature), Body()).Status);
    }

    [Theory]
    [InlineData(null, "1614265330", SmallSignature)]
    [InlineData(MessageId, null, SmallSignature)]
    [InlineData(MessageId, "1614265330", null)]
    [InlineData("", "1614265330", SmallSignature)]
    public void Reports_missing_headers(string? id, string? timestamp, string? signature)
    {
        var result = Verifier().Verify(new SvixHeaders(id, timestamp, signature), Body());

        Assert.Equal(SvixVerificationStatus.MissingHeaders, result.Status);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1614265330")]
    [InlineData("1614265330.5")]
    [InlineData("99999999999999999999999")]
    public void Reports_an_unreadable_timestamp(string timestamp)
    {
        var result = Verifier().Verify(new SvixHeaders(MessageId, timestamp, SmallSignature), Body());

        Assert.Equal(SvixVerificationStatus.InvalidTimestamp, result.Status);
    }

    [Fact]
    public void Reads_the_webhook_fallback_header_names()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Webhook-Id"] = MessageId,
            ["Webhook-Timestamp"] = Timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Webhook-Signature"] = SmallSignature,
        };

        var parsed = SvixHeaders.From(name => headers.GetValueOrDefault(name));

        Assert.True(Verifier().Verify(parsed, Body()).IsValid);
    }

    [Fact]
    public void Prefers_the_svix_header_names()
    {
        var headers = new Dictionary<string, string>
        {
            ["svix-id"] = MessageId, ["webhook-id"] = "other",
            ["svix-timestamp"] = "1614265330", ["svix-signature"] = SmallSignature,
        };

        Assert.Equal(new SvixHeaders(MessageId, "1614265330", SmallSignature), SvixHeaders.From(headers.GetValueOrDefault));
    }

    [Theory]
    [InlineData("")]
    [InlineData("whsec_")]
    [InlineData("whsec_not*base64")]
    public void Refuses_to_start_with_an_unusable_secret(string secret)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SvixWebhookVerifier([secret], Clock));

        Assert.Contains("Resend:WebhookSecret", error.Message);
    }

    private static SvixWebhookVerifier Verifier() => new([Secret], Clock);

    private static SvixHeaders Headers(string signature) => new(MessageId, "1614265330", signature);

    private static byte[] Body() => Encoding.UTF8.GetBytes(SmallPayload);
}
