namespace CivilityBot.Knowledge.Corrections;

/// <summary>What a coordinator corrects in the plan.</summary>
public enum PlanCorrectionKind
{
    /// <summary>The owners of an indicator ("16"); clears per-sub-criterion owners.</summary>
    IndicatorOwners,

    /// <summary>The owners of one sub-criterion ("16.1").</summary>
    SubCriterionOwners,

    /// <summary>A department's name, everywhere it appears ("法规科" → "政策法规科").</summary>
    DepartmentName,

    /// <summary>A phase's dates ("2" → "2026-08-01至2026-10-31").</summary>
    PhaseDates,

    /// <summary>A reading confirmed: the person as printed ("宋衍" → "宋衍") or as read ("宋衍" → "宋伟").</summary>
    ConfirmReading,
}
