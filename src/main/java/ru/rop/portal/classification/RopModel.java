package ru.rop.portal.classification;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ru.rop.portal.common.content.ContentLoader;

/**
 * The competency model — dimensions, types, roles, competencies, red flags — loaded and checked once at start-up
 * (a broken file stops the application), and the classifier built on it.
 */
@Service
public class RopModel {

    private final List<Dimension> dimensions;
    private final List<RopType> types;
    private final List<RopRole> roles;
    private final List<Competency> competencies;
    private final List<RedFlag> redFlags;
    private final Map<DimensionId, Dimension> dimensionsById = new EnumMap<>(DimensionId.class);
    private final Map<RopTypeId, RopType> typesById = new EnumMap<>(RopTypeId.class);
    private final Map<String, Competency> competenciesById = new LinkedHashMap<>();
    private final Map<String, RedFlag> redFlagsById = new LinkedHashMap<>();
    private final TypeClassifier classifier;

    public RopModel(ContentLoader loader) {
        RopModelContent model = loader.load(RopModelContent.FILE, RopModelContent.class, RopModelContent::check);
        CompetencyContent scorecard = loader.load(CompetencyContent.FILE, CompetencyContent.class,
                CompetencyContent::check);
        RedFlagContent flags = loader.load(RedFlagContent.FILE, RedFlagContent.class, RedFlagContent::check);
        this.dimensions = List.copyOf(model.dimensions());
        this.types = List.copyOf(model.types());
        this.roles = List.copyOf(scorecard.roles());
        this.competencies = List.copyOf(scorecard.competencies());
        this.redFlags = List.copyOf(flags.redFlags());
        dimensions.forEach(d -> dimensionsById.put(d.id(), d));
        types.forEach(t -> typesById.put(t.id(), t));
        competencies.forEach(c -> competenciesById.put(c.id(), c));
        redFlags.forEach(f -> redFlagsById.put(f.id(), f));
        this.classifier = new TypeClassifier(dimensions, types);
    }

    /** In the order of DOMAIN.md: the eight capabilities, then the four style traits. */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    public List<RopType> types() {
        return types;
    }

    public List<RopRole> roles() {
        return roles;
    }

    public List<Competency> competencies() {
        return competencies;
    }

    public List<RedFlag> redFlags() {
        return redFlags;
    }

    public Dimension dimension(DimensionId id) {
        return dimensionsById.get(id);
    }

    public RopType type(RopTypeId id) {
        return typesById.get(id);
    }

    /** A type's name as formal papers print it: the source's name with the business wording beside it. */
    public String formalLabel(RopTypeId id) {
        return typesById.get(id).formalLabel();
    }

    public Optional<Competency> competency(String id) {
        return Optional.ofNullable(competenciesById.get(id));
    }

    public Optional<RedFlag> redFlag(String id) {
        return Optional.ofNullable(redFlagsById.get(id));
    }

    /** What raising a red flag says about the dimensions; observed behaviour, so it weighs like evidence seen. */
    public List<Observation> observations(RedFlag flag) {
        return Evidence.fromEffects(flag.effects(), EvidenceSource.RED_FLAG, flag.id());
    }

    public Classification classify(Map<DimensionId, DimensionScore> scores) {
        return classifier.classify(scores);
    }

    public List<CompetencyScore> scoreCompetencies(List<CompetencyRating> ratings) {
        return CompetencyScoring.score(competencies, ratings);
    }

    public RoleBalance roleBalance(List<CompetencyScore> scores) {
        return CompetencyScoring.roleBalance(competencies, scores);
    }
}
