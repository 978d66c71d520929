using System.ComponentModel.DataAnnotations;
using Factumerit.Email.Drafting.Styles;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Functions.Functions.Assistant.Drafting;

/// <summary>Section "Drafting".</summary>
public sealed class DraftingOptions
{
    public const string SectionName = "Drafting";

    /// <summary>The communication styles file; a relative path is resolved against the working directory.</summary>
    [Required]
    public string StylesFile { get; set; } = "config/communication_styles.yaml";

    public string StylesPath => Path.GetFullPath(StylesFile);
}

/// <summary>Loads the styles file at start-up so a bad file stops the host with every error and its line.</summary>
internal sealed class DraftingOptionsValidator : IValidateOptions<DraftingOptions>
{
    public ValidateOptionsResult Validate(string? name, DraftingOptions options)
    {
        try
        {
            CommunicationStylesLoader.Load(options.StylesPath);
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
