using CivilityBot.Knowledge;

namespace CivilityBot.Evidence;

/// <summary>One file of the binder: its path inside the zip and what it belongs to.</summary>
public sealed record BinderEntry(string Path, EvidenceFile File, Category Category, Indicator Indicator, EvidenceStatus Status);
