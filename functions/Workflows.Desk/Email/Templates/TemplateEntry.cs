using Workflows.Steps;

namespace Workflows.Desk.Email.Templates;

/// <summary>Registers a typed template under its key.</summary>
internal static class TemplateEntry
{
    public static KeyValuePair<string, Func<SendEmail, EmailLanguage, EmailContent>> Of<TModel>(
        string key, Func<TModel, EmailLanguage, EmailContent> compose) =>
        new(key, (email, language) => compose(email.ModelAs<TModel>(), language));
}
