using System.ComponentModel.DataAnnotations;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Personas;

/// <summary>Table names of the personas' stores (configuration section <c>PersonaStores</c>); tests give each run its own.</summary>
public sealed class PersonaStoreOptions : IValidatableObject
{
    public const string SectionName = "PersonaStores";

    public string TasksTable { get; set; } = "PersonaTasks";

    public string RemindersTable { get; set; } = "PersonaReminders";

    public string EscalationsTable { get; set; } = "SupportEscalations";

    public string OnboardingTable { get; set; } = "Onboarding";

    public string DigestTable { get; set; } = "DigestSubscriptions";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (member, value) in new[]
        {
            (nameof(TasksTable), TasksTable), (nameof(RemindersTable), RemindersTable), (nameof(EscalationsTable), EscalationsTable),
            (nameof(OnboardingTable), OnboardingTable), (nameof(DigestTable), DigestTable),
        })
        {
            ValidationResult? problem = null;
            try
            {
                TableValidation.TableName(value, member);
            }
            catch (ArgumentException ex)
            {
                problem = new ValidationResult($"{SectionName}:{member}: {ex.Message}", [member]);
            }
            if (problem is not null)
            {
                yield return problem;
            }
        }
    }
}
