using System.Text.Json;

namespace Factumerit.Email.Tests.Infra;

public sealed class LocalSettingsSampleTests
{
    private static readonly JsonElement Sample = JsonDocument.Parse(RepoFiles.Read("local.settings.sample.json")).RootElement;

    [Fact]
    public void Sample_targets_azurite_and_carries_no_secret_values()
    {
        Assert.False(Sample.GetProperty("IsEncrypted").GetBoolean());
        var values = Sample.GetProperty("Values").EnumerateObject().ToList();

        Assert.Equal("UseDevelopmentStorage=true", values.Single(v => v.Name == "AzureWebJobsStorage").Value.GetString());
        Assert.All(values.Where(v => v.Name != "AzureWebJobsStorage"), v => Assert.Equal("", v.Value.GetString()));
    }

    [Fact]
    public void Every_sample_setting_is_documented_and_every_secret_has_a_placeholder()
    {
        var names = Sample.GetProperty("Values").EnumerateObject().Select(v => v.Name).ToList();
        var documented = DocumentedSettings.Read();

        Assert.Empty(names.Except(documented));
        Assert.Subset(names.ToHashSet(), new HashSet<string>
        {
            "Routing__File", "Resend__ApiKey", "Resend__WebhookSecret", "Gmail__PushAudience", "Llm__Endpoint", "Llm__ApiKey", "Admin__ApiKey",
        });
    }
}
