namespace CivilityBot.Knowledge;

/// <summary>
/// The plan as it stands now. Features read <see cref="Current"/> on every turn instead of keeping a campaign from
/// start-up, so a coordinator's correction shows at once. <see cref="Current"/> is an immutable snapshot, swapped whole
/// on each change; <see cref="Version"/> grows by one with each change, so a cache built from a snapshot knows when to
/// rebuild. A <see cref="Campaign"/> is itself a plan that never changes (version 0).
/// </summary>
public interface IPlan
{
    /// <summary>The campaign with every active correction applied.</summary>
    Campaign Current { get; }

    /// <summary>0 for the plan as loaded; one more after each applied or reverted correction.</summary>
    int Version { get; }
}
