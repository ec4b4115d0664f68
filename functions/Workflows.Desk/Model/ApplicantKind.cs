namespace Workflows.Desk.Model;

/// <summary>Who is asking.</summary>
public enum ApplicantKind
{
    /// <summary>A private citizen.</summary>
    Citizen = 0,

    /// <summary>A business already operating.</summary>
    Business = 1,

    /// <summary>A young person (training, work, first enterprise).</summary>
    YoungPerson = 2,

    /// <summary>An association.</summary>
    Association = 3,

    /// <summary>A municipality.</summary>
    Municipality = 4,
}
