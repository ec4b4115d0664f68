namespace Workflows.Desk.Model;

/// <summary>Why a directory entry (desk, partner, staff member) cannot be saved; the pages word each one.</summary>
public enum DirectoryProblemKind
{
    /// <summary>A required field is empty.</summary>
    Required = 0,

    /// <summary>The id is not lower-case letters, digits and dashes (3 to 50).</summary>
    IdInvalid = 1,

    /// <summary>The ISTAT code is not in the comuni catalogue.</summary>
    ComuneUnknown = 2,

    /// <summary>An e-mail address is not valid.</summary>
    EmailInvalid = 3,

    /// <summary>An office-hours slot closes before it opens.</summary>
    OfficeHoursInvalid = 4,

    /// <summary>Two office-hours slots of the same day overlap.</summary>
    OfficeHoursOverlap = 5,

    /// <summary>A territory (comune or province) does not exist.</summary>
    TerritoryUnknown = 6,

    /// <summary>A partner serves no topic.</summary>
    TopicsMissing = 7,

    /// <summary>A partner serves no territory.</summary>
    TerritoryMissing = 8,

    /// <summary>The network is unknown.</summary>
    NetworkUnknown = 9,

    /// <summary>The review deadline is not 1 to 30 business days.</summary>
    ReviewDaysInvalid = 10,

    /// <summary>The desk named is not in the network.</summary>
    DeskUnknown = 11,

    /// <summary>The partner named is not in the network.</summary>
    PartnerUnknown = 12,

    /// <summary>The language is not Italian or English.</summary>
    CultureInvalid = 13,

    /// <summary>A value of a file or form cannot be read (a day, a time, a topic, yes/no).</summary>
    Unreadable = 14,

    /// <summary>The entry belongs to another network.</summary>
    OtherNetwork = 15,

    /// <summary>A desk closure ends before it starts, or lasts more than a year.</summary>
    ClosureInvalid = 16,

    /// <summary>A new desk closure has already ended (most likely a wrong year).</summary>
    ClosurePast = 17,

    /// <summary>Someone else saved the entry since the form was opened: nothing was overwritten.</summary>
    Conflict = 18,
}
