package ru.rop.portal.classification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import ru.rop.portal.common.content.ContentLoader;

/** The competency model's vocabulary, loaded and checked once at start-up; a broken file stops the application. */
@Service
public class RopModel {

    private final List<Dimension> dimensions;
    private final List<RopType> types;
    private final Map<DimensionId, Dimension> dimensionsById = new EnumMap<>(DimensionId.class);
    private final Map<RopTypeId, RopType> typesById = new EnumMap<>(RopTypeId.class);

    RopModel(ContentLoader loader) {
        RopModelContent content = loader.load(RopModelContent.FILE, RopModelContent.class, RopModelContent::check);
        this.dimensions = List.copyOf(content.dimensions());
        this.types = List.copyOf(content.types());
        dimensions.forEach(d -> dimensionsById.put(d.id(), d));
        types.forEach(t -> typesById.put(t.id(), t));
    }

    /** In the order of DOMAIN.md: the eight capabilities, then the four style traits. */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    public List<RopType> types() {
        return types;
    }

    public Dimension dimension(DimensionId id) {
        return dimensionsById.get(id);
    }

    public RopType type(RopTypeId id) {
        return typesById.get(id);
    }
}
