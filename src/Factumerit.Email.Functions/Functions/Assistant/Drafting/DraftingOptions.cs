using System.ComponentModel.DataAnnotations;
using Factumerit.Email.Drafting.Styles;
using Factumerit.Email.Functions.Hosting;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Functions.Functions.Assistant.Drafting;

/// <summary>Section "Drafting".</summary>
public sealed class DraftingOptions
{
    public const string SectionName = "Drafting";

    /// <summary>
    /// The communication styles file. A relative path is looked for in the content root and the folders above it,
    /// then beside the app's binaries (<see cref="ConfigFileLocator"/>); after configuration it holds the full path.
    /// </summary>
    [Required]
    public string StylesFile { get; set; } = "config/communication_styles.yaml";
}

/// <summary>Turns <see cref="DraftingOptions.StylesFile"/> into the full path of the file found.</summary>
internal sealed class DraftingOptionsResolver(IServiceProvider services) : IPostConfigureOptions<DraftingOptions>
{
    // Outside a host (a plain container) there is no content root; the working directory stands in.
    public void PostConfigure(string? name, DraftingOptions options) =>
        options.StylesFile = ConfigFileLocator.Resolve(options.StylesFile,
            services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory());
}

/// <summary>Loads the styles file at start-up so a bad file stops the host with every error and its line.</summary>
internal sealed class DraftingOptionsValidator : IValidateOptions<DraftingOptions>
{
    public ValidateOptionsResult Validate(string? name, DraftingOptions options)
    {
        try
        {
            CommunicationStylesLoader.Load(options.StylesFile);
            return ValidateOptionsResult.Success;
        }
        catch (StyleConfigException ex)
        {
            return ValidateOptionsResult.Fail(ex.Message);
        }
        catch (IOException ex)
        {
            return ValidateOptionsResult.Fail($"Drafting:StylesFile '{options.StylesFile}' cannot be read: {ex.Message}");
        }
    }
}
