using Workflows.Desk.Email;
using Workflows.Steps;

namespace Workflows.Desk.Tests.Requests;

/// <summary>Reads the effects of a decision.</summary>
internal static class Effects
{
    public static IReadOnlyList<SendEmail> Mails<T>(this Decision<T> d) => d.Effects.OfType<SendEmail>().ToList();

    public static IReadOnlyList<SendEmail> Mails<T>(this Decision<T> d, string template) =>
        d.Effects.OfType<SendEmail>().Where(m => m.Template == template).ToList();

    public static SendEmail Mail<T>(this Decision<T> d, string template) => Assert.Single(d.Mails(template));

    public static IReadOnlyList<string> Templates<T>(this Decision<T> d) => d.Mails().Select(m => m.Template).ToList();

    public static IReadOnlyList<(string Template, string To)> Recipients<T>(this Decision<T> d) =>
        d.Mails().Select(m => (m.Template, m.To)).ToList();

    public static IReadOnlyList<ScheduleTimer> Scheduled<T>(this Decision<T> d) => d.Effects.OfType<ScheduleTimer>().ToList();

    public static ScheduleTimer Scheduled<T>(this Decision<T> d, string name) => Assert.Single(d.Scheduled(), t => t.Name == name);

    public static IReadOnlyList<string> Cancelled<T>(this Decision<T> d) => d.Effects.OfType<CancelTimer>().Select(c => c.Name).ToList();

    public static EmailActions Links(this SendEmail mail) =>
        mail.Model.GetProperty("links").Deserialize<EmailActions>(WorkflowJson.Options)!;

    public static ConvocationInvite Invite(this SendEmail mail) =>
        mail.Model.GetProperty("invite").Deserialize<ConvocationInvite>(WorkflowJson.Options)!;

    private static T Deserialize<T>(this System.Text.Json.JsonElement element, System.Text.Json.JsonSerializerOptions options) =>
        System.Text.Json.JsonSerializer.Deserialize<T>(element, options)!;
}
