namespace Factumerit.Email.Tests.Infra;

public sealed class FlexHostingTemplateTests
{
    [Fact]
    public void Plan_is_flex_consumption_fc1_on_linux()
    {
        var plan = InfraTemplates.SingleResource("Microsoft.Web/serverfarms").Body;

        Assert.Equal("FC1", plan.Object("sku").Text("name"));
        Assert.Equal("FlexConsumption", plan.Object("sku").Text("tier"));
        Assert.Equal("functionapp", plan.Text("kind"));
        Assert.Equal("true", plan.Object("properties").Value("reserved"));
    }

    [Fact]
    public void Function_app_runs_the_custom_handler_runtime_on_the_flex_plan()
    {
        var doc = InfraTemplates.All().Single(d => d.ResourcesOfType("Microsoft.Web/sites").Any());
        var site = doc.ResourcesOfType("Microsoft.Web/sites").Single().Body;
        var plan = doc.ResourcesOfType("Microsoft.Web/serverfarms").Single();

        Assert.Equal("functionapp,linux", site.Text("kind"));
        Assert.Equal("SystemAssigned", site.Object("identity").Text("type"));
        Assert.Equal($"{plan.Name}.id", site.Object("properties").Value("serverFarmId"));

        var config = site.Object("properties.functionAppConfig");
        Assert.Equal("custom", config.Object("runtime").Text("name"));
        Assert.Equal("1.0", config.Object("runtime").Text("version"));
        Assert.True(config.Object("scaleAndConcurrency").Has("maximumInstanceCount"));
        Assert.True(config.Object("scaleAndConcurrency").Has("instanceMemoryMB"));

        var storage = config.Object("deployment.storage");
        Assert.Equal("blobContainer", storage.Text("type"));
        Assert.Equal("SystemAssignedIdentity", storage.Object("authentication").Text("type"));
    }

    [Theory]
    [InlineData("linuxFxVersion")]
    [InlineData("alwaysOn")]
    [InlineData("appSettings")] // settings belong in the checked 'appsettings' resource only
    [InlineData("windowsFxVersion")]
    public void Site_config_leaves_out_what_flex_rejects(string property)
    {
        var site = InfraTemplates.SingleResource("Microsoft.Web/sites").Body;

        Assert.False(site.Object("properties.siteConfig").Has(property), $"siteConfig sets {property}.");
    }

    [Fact]
    public void Deployment_package_container_is_the_one_the_storage_module_creates()
    {
        var main = InfraTemplates.LoadMain();
        var storageModule = main.Modules.Single(m => m.Header.Contains("storage.bicep", StringComparison.Ordinal));
        var appModule = main.Modules.Single(m => m.Header.Contains("functionapp.bicep", StringComparison.Ordinal));
        var site = InfraTemplates.SingleResource("Microsoft.Web/sites").Body;

        var deploymentValue = site.Object("properties.functionAppConfig.deployment.storage").Value("value");
        Assert.Equal(
            $"{storageModule.Name}.outputs.deploymentContainerUrl",
            appModule.Body.Object("params").Value(deploymentValue!));

        var container = InfraTemplates.SingleResource("Microsoft.Storage/storageAccounts/blobServices/containers").Body;
        Assert.Equal("None", container.Object("properties").Text("publicAccess"));
    }
}
