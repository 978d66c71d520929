namespace Factumerit.Email.Llm;

/// <summary>Why a model is called; picks the model, the default temperature and the output budget.</summary>
public enum LlmUseCase
{
    Classify,
    Draft,
    Context,
    Persona,
    Extract,
}
