namespace Workflows.Desk.Email.Models;

/// <summary>Every e-mail model names the request (or registration, or report) it is about.</summary>
public interface IEmailModel
{
    /// <summary>The human code shown in the subject and the body, e.g. <c>TO-2026-0042</c>.</summary>
    string RequestCode { get; }
}
