using System.ComponentModel.DataAnnotations;

namespace Workflows.Host.Web.Legal;

/// <summary>
/// Who answers for the applicants' personal data (GDPR art. 13): the data controller (titolare, usually the Comune
/// leading the network) and its data protection officer (Responsabile della protezione dei dati, RPD). Section
/// <c>Privacy</c>; the notice read at the desk and the privacy page show them.
/// </summary>
public sealed class PrivacyOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Privacy";

    /// <summary>The controller, e.g. <c>Comune di Burolo</c>.</summary>
    [MaxLength(200)]
    public string? ControllerName { get; set; }

    /// <summary>The controller's address.</summary>
    [MaxLength(300)]
    public string? ControllerAddress { get; set; }

    /// <summary>The controller's e-mail or PEC.</summary>
    [EmailAddress]
    public string? ControllerEmail { get; set; }

    /// <summary>The data protection officer (RPD): a person or a firm.</summary>
    [MaxLength(200)]
    public string? DpoName { get; set; }

    /// <summary>The data protection officer's e-mail.</summary>
    [EmailAddress]
    public string? DpoEmail { get; set; }

    /// <summary>True when the controller and the DPO are both named with a way to reach them.</summary>
    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(ControllerName) && !string.IsNullOrWhiteSpace(ControllerEmail)
        && !string.IsNullOrWhiteSpace(DpoName) && !string.IsNullOrWhiteSpace(DpoEmail);
}
