using Factumerit.Email.Cli.Samples;
using Factumerit.Email.Providers.Resend;
using Factumerit.Email.Tests.Hosting;

namespace Factumerit.Email.Tests.Cli;

public sealed class SamplesCommandsTests
{
    public static TheoryData<string> Samples() =>
        new(Directory.GetFiles(Path.Combine(RepositoryFiles.Root(), "samples", "inbound"), "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_inbound_sample_is_a_valid_email_received_webhook_with_content(string file)
    {
        var sample = SampleFile.Read(Path.Combine(RepositoryFiles.Root(), "samples", "inbound", file), freshId: "3f1c2b7a-0000-4000-8000-000000000001");

        var parsed = ResendWebhookEventParser.Parse(sample.Body);

        Assert.True(parsed.IsOk, $"{file}: {parsed.Status} {parsed.Field}");
        Assert.Equal("3f1c2b7a-0000-4000-8000-000000000001", parsed.Event!.Data.EmailId);
        Assert.Equal(sample.Email.EmailId, parsed.Event.Data.EmailId);
        Assert.False(string.IsNullOrWhiteSpace(sample.Email.Text));
        Assert.NotEmpty(sample.Email.To);
    }

    [Fact]
    public void The_reply_sample_points_at_the_question_sample()
    {
        var folder = Path.Combine(RepositoryFiles.Root(), "samples", "inbound");
        var question = SampleFile.Read(Path.Combine(folder, "01-support-question.json"), null);
        var reply = SampleFile.Read(Path.Combine(folder, "02-support-reply-in-thread.json"), null);

        Assert.Contains(question.Email.MessageId!, reply.Email.References);
    }

    [Fact]
    public async Task Replay_without_samples_fails_with_exit_2_naming_the_folder()
    {
        var empty = Directory.CreateTempSubdirectory("factumerit-samples-");

        var (exitCode, _, error) = await CliRunner.RunAsync("samples", "replay", "--dir", empty.FullName, "--url", "http://127.0.0.1:9");

        Assert.Equal(2, exitCode);
        Assert.Contains(empty.FullName, error);
    }

    [Fact]
    public void The_signature_matches_the_svix_scheme_test_vector()
    {
        var headers = SvixSigner.Headers("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
            DateTimeOffset.FromUnixTimeSeconds(1614265330), """{"test": 2432232314}"""u8.ToArray());

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", headers["svix-signature"]);
        Assert.Equal("1614265330", headers["svix-timestamp"]);
    }
}
