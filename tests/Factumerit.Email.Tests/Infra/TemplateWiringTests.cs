using System.Text.RegularExpressions;

namespace Factumerit.Email.Tests.Infra;

/// <summary>What a Bicep build would catch first: missing modules, unset or unknown parameters, unknown outputs.</summary>
public sealed partial class TemplateWiringTests
{
    [Fact]
    public void Every_module_path_exists()
    {
        var main = InfraTemplates.LoadMain();

        Assert.NotEmpty(main.Modules);
        Assert.All(main.Modules, m =>
            Assert.True(File.Exists(RepoFiles.PathOf(InfraTemplates.ModulePath(main, m))), $"module {m.Name} points at missing {m.Header}"));
    }

    [Fact]
    public void Every_module_call_sets_its_required_parameters_and_no_unknown_ones()
    {
        var main = InfraTemplates.LoadMain();
        foreach (var module in main.Modules)
        {
            var target = BicepDocument.Load(InfraTemplates.ModulePath(main, module));
            var given = module.Body.Object("params").Keys.ToHashSet();
            var declared = target.Params.Select(p => p.Name).ToHashSet();
            var required = target.Params.Where(p => p.Value is null).Select(p => p.Name);

            Assert.Empty(required.Except(given).Select(p => $"{module.Name} does not set {p}"));
            Assert.Empty(given.Except(declared).Select(p => $"{module.Name} sets undeclared {p}"));
        }
    }

    [Fact]
    public void Every_module_output_that_main_reads_is_declared()
    {
        var main = InfraTemplates.LoadMain();
        var text = RepoFiles.Read(InfraTemplates.MainPath);
        var outputsByModule = main.Modules.ToDictionary(
            m => m.Name,
            m => BicepDocument.Load(InfraTemplates.ModulePath(main, m)).Outputs.Select(o => o.Name).ToHashSet());

        var references = OutputReference().Matches(text).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r =>
        {
            var module = r.Groups["module"].Value;
            Assert.True(outputsByModule.ContainsKey(module), $"{module} is not a module of main.bicep");
            Assert.Contains(r.Groups["output"].Value, outputsByModule[module]);
        });
    }

    [Fact]
    public void Parameters_file_targets_main_and_sets_every_required_parameter()
    {
        var main = InfraTemplates.LoadMain();
        var parameters = BicepDocument.Load(InfraTemplates.ParametersPath);

        var usingStatement = Assert.Single(parameters.Statements, s => s.Keyword == "using");
        Assert.Equal("main.bicep", BicepValue.Unquote(usingStatement.Name));

        var set = parameters.Params.Select(p => p.Name).ToHashSet();
        var declared = main.Params.Select(p => p.Name).ToHashSet();
        var required = main.Params.Where(p => p.Value is null).Select(p => p.Name).ToList();

        Assert.NotEmpty(required);
        Assert.Empty(required.Except(set).Select(p => $"main.bicepparam does not set {p}"));
        Assert.Empty(set.Except(declared).Select(p => $"main.bicepparam sets undeclared {p}"));
        Assert.All(parameters.Params, p => Assert.False(string.IsNullOrWhiteSpace(p.Value), $"{p.Name} has no value"));
    }

    [Fact]
    public void Every_parent_and_scope_names_a_declared_resource()
    {
        foreach (var doc in InfraTemplates.All())
        {
            var symbols = doc.Resources.Select(r => r.Name).ToHashSet();
            foreach (var resource in doc.Resources.Where(r => !r.IsExisting))
            {
                foreach (var key in new[] { "parent", "scope" })
                {
                    if (resource.Body.Value(key) is { } target)
                    {
                        Assert.True(symbols.Contains(target), $"{doc.RelativePath}: {resource.Name}.{key} names unknown '{target}'");
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?<module>[A-Za-z_][A-Za-z0-9_]*)\.outputs\.(?<output>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex OutputReference();
}
